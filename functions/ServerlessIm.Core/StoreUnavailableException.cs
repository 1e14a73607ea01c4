namespace ServerlessIm.Core;

/// <summary>
/// The region's store refused or timed out after its own retries (throttling, outage). Nothing was half
/// written: every store step is one conditional single-document operation, so the caller may retry.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception innerException)
    : Exception(message, innerException)
{
    /// <summary>How long the store suggested waiting, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
