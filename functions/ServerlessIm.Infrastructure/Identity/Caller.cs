namespace ServerlessIm.Infrastructure.Identity;

/// <summary>An authenticated caller: a user (the token's <c>sub</c>), possibly with roles.</summary>
public sealed record Caller(string UserId, IReadOnlySet<string> Roles)
{
    public bool IsReplicationPeer => Roles.Contains(AuthOptions.ReplicationRole);
}
