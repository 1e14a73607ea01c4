using Microsoft.Azure.Functions.Worker;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.Functions.Replication;

/// <summary>Repairs replication gaps that stayed open too long from the home region's sync API.</summary>
public sealed class RepairGapsFunction(GapRepairer repairer)
{
    /// <remarks>Each repair is logged. If the peer cannot be reached, this run fails and the next retries.</remarks>
    [Function("RepairGaps")]
    public Task RunAsync(
        [TimerTrigger(ReplicationSchedules.Repair)] TimerInfo timer,
        CancellationToken cancellationToken) =>
        repairer.RepairOverdueAsync(cancellationToken);
}
