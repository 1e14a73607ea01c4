using Microsoft.Extensions.Logging;
using Polly;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// Hands a signed-in user the URL and token for the region's SignalR Service. The token names the user,
/// so a push to that user reaches every connection they have.
/// </summary>
public sealed partial class ClientNegotiator(
    SignalROptions options,
    SignalRUrls urls,
    AccessKeyTokens tokens,
    SignalRRestClient rest,
    ILogger<ClientNegotiator> logger)
{
    /// <exception cref="RealtimeUnavailableException">The service could not issue a token.</exception>
    public async Task<ClientConnectionInfo> NegotiateAsync(string userId, CancellationToken cancellationToken)
    {
        var url = urls.Client;
        if (!options.UsesManagedIdentity)
        {
            return new ClientConnectionInfo(url, tokens.ForClient(url, userId));
        }

        try
        {
            var token = await rest.GenerateClientTokenAsync(userId, AccessKeyTokens.ClientLifetime, cancellationToken);
            return new ClientConnectionInfo(url, token);
        }
        catch (Exception ex) when (ex is HttpRequestException or ExecutionRejectedException)
        {
            LogTokenUnavailable(ex);
            throw new RealtimeUnavailableException("The SignalR Service did not issue a client token.", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SignalR Service did not issue a client token")]
    private partial void LogTokenUnavailable(Exception exception);
}
