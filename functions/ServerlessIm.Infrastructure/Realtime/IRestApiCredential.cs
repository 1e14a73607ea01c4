namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>Gives the bearer token for one call of the service's REST API.</summary>
public interface IRestApiCredential
{
    ValueTask<string> GetTokenAsync(Uri requestUrl, CancellationToken cancellationToken);
}
