namespace ServerlessIm.Core.Replication;

/// <summary>What the applier's sequence check decided for one sequenced message.</summary>
public enum ApplyOutcome
{
    /// <summary>The next seq: stored, and any parked successors after it.</summary>
    Applied,

    /// <summary>At or below the replica's seq: already here, skipped.</summary>
    Duplicate,

    /// <summary>Above the next seq: parked until the gap closes or is repaired.</summary>
    Parked,
}
