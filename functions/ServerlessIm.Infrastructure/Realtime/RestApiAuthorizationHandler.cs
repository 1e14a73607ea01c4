using System.Net.Http.Headers;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// Puts the bearer token on each attempt of a REST call; it sits inside the retry handler, so a retried
/// call carries a token minted for that attempt.
/// </summary>
public sealed class RestApiAuthorizationHandler(IRestApiCredential credential) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var url = request.RequestUri
            ?? throw new InvalidOperationException("REST calls to the SignalR Service need an absolute URL.");
        var token = await credential.GetTokenAsync(url, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
