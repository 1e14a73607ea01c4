using ServerlessIm.Core.Regions;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// Locally, a development token for this region with the replication role, signed with this region's
/// <see cref="AuthOptions.DevelopmentSigningKey"/>; the peer accepts it when both share the generated key.
/// </summary>
public sealed class DevelopmentPeerAccessToken(AuthOptions auth, RegionOptions region, TimeProvider clock)
    : IPeerAccessToken
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly DevelopmentTokens _tokens = new(
        auth.DevelopmentSigningKey
            ?? throw new InvalidOperationException("Development peer tokens need Auth:DevelopmentSigningKey."),
        auth.Audience,
        clock);

    public ValueTask<string> GetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tokens.Issue(region.Region, Lifetime, AuthOptions.ReplicationRole));
}
