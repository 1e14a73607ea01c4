using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// Checks that an upstream call comes from the SignalR Service: the service lists, for each of its access
/// keys, <c>sha256=</c> and the hex HMAC-SHA256 of the connection id under that key; one must match ours.
/// </summary>
public static class UpstreamSignature
{
    private const string Prefix = "sha256=";

    public static bool IsValid(string? connectionId, string? signatureHeader, string? accessKey)
    {
        if (string.IsNullOrEmpty(connectionId)
            || string.IsNullOrEmpty(signatureHeader)
            || string.IsNullOrEmpty(accessKey))
        {
            return false;
        }

        var expected = Compute(connectionId, accessKey);
        var matched = false;
        foreach (var listed in signatureHeader.Split(',', StringSplitOptions.TrimEntries))
        {
            // Every listed signature is compared, in constant time, so timing tells nothing about the key.
            matched |= TryDecode(listed, out var signature)
                && CryptographicOperations.FixedTimeEquals(signature, expected);
        }

        return matched;
    }

    /// <summary>The header value the service would send for one key; for tests and the local hub.</summary>
    public static string Sign(string connectionId, params string[] accessKeys) =>
        string.Join(',', accessKeys.Select(key => Prefix + Convert.ToHexString(Compute(connectionId, key))));

    private static byte[] Compute(string connectionId, string accessKey) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKey), Encoding.UTF8.GetBytes(connectionId));

    private static bool TryDecode(string listed, out byte[] signature)
    {
        signature = new byte[SHA256.HashSizeInBytes];
        return listed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && listed.Length == Prefix.Length + (2 * SHA256.HashSizeInBytes)
            && Convert.FromHexString(listed.AsSpan(Prefix.Length), signature, out _, out _) == OperationStatus.Done;
    }
}
