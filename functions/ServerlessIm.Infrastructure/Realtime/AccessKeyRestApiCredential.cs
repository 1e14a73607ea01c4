namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>Signs each REST call with the access key, its audience the exact URL called.</summary>
public sealed class AccessKeyRestApiCredential(AccessKeyTokens tokens) : IRestApiCredential
{
    public ValueTask<string> GetTokenAsync(Uri requestUrl, CancellationToken cancellationToken) =>
        ValueTask.FromResult(tokens.ForRestApi(requestUrl));
}
