namespace ServerlessIm.Core.Replication;

/// <summary>Timings of replication; the defaults suit two regions on different continents.</summary>
public sealed class ReplicationOptions
{
    public const string SectionName = "Replication";

    /// <summary>How long a gap may stay open before it is repaired from the home region's sync API.</summary>
    public TimeSpan GapRepairAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a stored event may wait for its publish before the sweeper republishes it.</summary>
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>At most this many records per sweep or repair round.</summary>
    public int BatchSize { get; set; } = 200;
}
