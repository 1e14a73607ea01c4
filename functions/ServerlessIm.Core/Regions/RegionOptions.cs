namespace ServerlessIm.Core.Regions;

/// <summary>Where this process runs and which regions it replicates with.</summary>
public sealed class RegionOptions
{
    public const string SectionName = "ServerlessIm";

    /// <summary>This region's name, for example <c>southeastasia</c>.</summary>
    public string Region { get; set; } = "";

    /// <summary>The peer region whose replication events this region consumes.</summary>
    public string PeerRegion { get; set; } = "";

    /// <summary>Base URL of the peer region's API, used to repair replication gaps.</summary>
    public Uri? PeerBaseUrl { get; set; }

    /// <summary>
    /// When set, new conversations are homed in this region instead of the region that created them.
    /// </summary>
    public string? ConversationHomeRegion { get; set; }
}
