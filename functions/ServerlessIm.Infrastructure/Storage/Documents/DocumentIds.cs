using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ServerlessIm.Core.Messages;

namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>
/// Deterministic document ids, so that every write is a create of a known id and a repeat finds it taken.
/// Seqs are written with 19 digits so that ids sort like numbers. Sender ids come from tokens and may hold
/// characters a Cosmos id cannot ('/', '\', '?', '#'), so ids derived from them use a hash.
/// </summary>
internal static class DocumentIds
{
    public const string Head = "head";

    public static string Message(long seq) => "m-" + Digits(seq);

    public static string Parked(long seq) => "p-" + Digits(seq);

    public static string ClientId(string senderId, string clientMessageId) =>
        "c-" + Hash(senderId, clientMessageId);

    public static string Accepted(DeviceKey device, long deviceSeq) =>
        "s-" + Hash(device.SenderId, device.DeviceId) + "-" + Digits(deviceSeq);

    public static string Held(DeviceKey device, long deviceSeq) =>
        "h-" + Hash(device.SenderId, device.DeviceId) + "-" + Digits(deviceSeq);

    private static string Digits(long value) => value.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>SHA-256 of both parts, length-prefixed so that no two pairs share an input.</summary>
    private static string Hash(string first, string second)
    {
        var input = string.Create(
            CultureInfo.InvariantCulture, $"{first.Length}:{first}{second.Length}:{second}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }
}
