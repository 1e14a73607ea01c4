using System.Security.Cryptography;
using System.Text;

namespace ServerlessIm.UnitTests.Realtime;

/// <summary>Access keys made per test run, and signatures computed the way the SignalR Service does.</summary>
internal static class ServiceKeys
{
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>One <c>sha256=</c> entry: upper-case hex of HMAC-SHA256 over the connection id.</summary>
    public static string SignatureEntry(string connectionId, string key) =>
        "sha256=" + Convert.ToHexString(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(connectionId)));
}
