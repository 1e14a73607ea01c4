using Azure.Core;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// Answers librdkafka's OAUTHBEARER token requests with Entra tokens of the app's managed identity, so no
/// connection string or key reaches the producer.
/// </summary>
public sealed partial class ManagedIdentityOAuthBearer(TokenCredential credential, string scope, ILogger logger)
{
    private const string Principal = "serverlessim";

    /// <summary>librdkafka calls this on its own thread before the first connection and before expiry.</summary>
    public void Refresh(IClient client, string configuration)
    {
        ArgumentNullException.ThrowIfNull(client);

        try
        {
            var token = credential.GetToken(new TokenRequestContext([scope]), CancellationToken.None);
            client.OAuthBearerSetToken(token.Token, token.ExpiresOn.ToUnixTimeMilliseconds(), Principal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // librdkafka asks again shortly; until then publishes wait, then fail, and the sweeper takes over.
            LogTokenFailed(ex, scope);
            client.OAuthBearerSetTokenFailure(ex.Message);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "No Kafka token for {Scope}; events stay stored and are published once sign-in works again")]
    private partial void LogTokenFailed(Exception exception, string scope);
}
