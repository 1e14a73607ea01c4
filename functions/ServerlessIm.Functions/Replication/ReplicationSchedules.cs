namespace ServerlessIm.Functions.Replication;

/// <summary>
/// The replication timers' schedules: six-field CRON expressions read from app settings. The host resolves a
/// <c>%Section:Key%</c> expression from the app setting <c>Section__Key</c>; each setting must be present, and
/// the defaults below are what the deployment and the local runner use.
/// </summary>
public static class ReplicationSchedules
{
    public const string Sweep = "%Replication:SweepSchedule%";
    public const string Repair = "%Replication:RepairSchedule%";
    public const string Heartbeat = "%Replication:HeartbeatSchedule%";

    /// <summary>Every 15 s: a record is swept once unpublished for <c>Replication:SweepAfter</c> (10 s).</summary>
    public const string DefaultSweep = "*/15 * * * * *";

    /// <summary>Every 15 s, apart from the sweep: repairs gaps older than <c>Replication:GapRepairAfter</c>.</summary>
    public const string DefaultRepair = "7/15 * * * * *";

    /// <summary>Every 10 s, so a peer notices this region's silence well before it would take over.</summary>
    public const string DefaultHeartbeat = "*/10 * * * * *";
}
