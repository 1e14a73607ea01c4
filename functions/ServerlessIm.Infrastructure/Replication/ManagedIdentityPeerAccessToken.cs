using Azure.Core;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// An Entra token of this app's managed identity for the API's app registration (<see cref="AuthOptions.Audience"/>);
/// the identity must hold the <see cref="AuthOptions.ReplicationRole"/> app role there.
/// </summary>
public sealed class ManagedIdentityPeerAccessToken(TokenCredential credential, AuthOptions auth) : IPeerAccessToken
{
    private readonly string _scope = auth.Audience.EndsWith("/.default", StringComparison.Ordinal)
        ? auth.Audience
        : auth.Audience.TrimEnd('/') + "/.default";

    /// <remarks>Azure.Identity caches managed-identity tokens until shortly before they expire.</remarks>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext([_scope]), cancellationToken);
        return token.Token;
    }
}
