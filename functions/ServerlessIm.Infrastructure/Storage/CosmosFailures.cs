using System.Net;
using Microsoft.Azure.Cosmos;
using ServerlessIm.Core;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>Which Cosmos failures mean "the store is unavailable, retry later" rather than a bug.</summary>
internal static class CosmosFailures
{
    /// <summary>Throttling, outage or timeout that outlasted the SDK's own retries.</summary>
    public static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        CosmosException { StatusCode: HttpStatusCode.TooManyRequests } => true,
        CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable } => true,
        CosmosException { StatusCode: HttpStatusCode.RequestTimeout } => true,

        // The SDK's own request timeout; a cancellation the caller asked for is not an outage.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or TimeoutException => true,
        _ => false,
    };

    public static StoreUnavailableException Unavailable(string operation, Exception exception) =>
        new($"Cosmos DB did not complete '{operation}'; nothing was partly written.", exception)
        {
            RetryAfter = (exception as CosmosException)?.RetryAfter,
        };

    public static int StatusOf(Exception exception) =>
        exception is CosmosException cosmos ? (int)cosmos.StatusCode : 0;
}
