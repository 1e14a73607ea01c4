namespace ServerlessIm.Client.Transport;

/// <summary>The current region did not answer, or answered that it cannot serve; time to switch.</summary>
internal sealed class RegionUnreachableException(Uri region, string reason, Exception? inner = null)
    : Exception($"Region {region} is unreachable: {reason}", inner)
{
    public Uri Region { get; } = region;
}
