namespace ServerlessIm.Infrastructure.Replication;

/// <summary>The bearer token this region presents to a peer's sync API.</summary>
public interface IPeerAccessToken
{
    ValueTask<string> GetAsync(CancellationToken cancellationToken);
}
