using System.Runtime.CompilerServices;
using Azure.Core;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// Authorizes REST calls with the app's Entra identity (role SignalR REST API Owner); one token serves every
/// URL, so it is kept until shortly before it expires.
/// </summary>
public sealed class EntraRestApiCredential(TokenCredential credential, TimeProvider clock) : IRestApiCredential
{
    public const string Scope = "https://signalr.azure.com/.default";

    private static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    // A box, so that concurrent callers read a whole token or none.
    private volatile StrongBox<AccessToken>? _current;

    public async ValueTask<string> GetTokenAsync(Uri requestUrl, CancellationToken cancellationToken)
    {
        if (_current?.Value is { } current && current.ExpiresOn - clock.GetUtcNow() > RefreshBefore)
        {
            return current.Token;
        }

        var fresh = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
        _current = new StrongBox<AccessToken>(fresh);
        return fresh.Token;
    }
}
