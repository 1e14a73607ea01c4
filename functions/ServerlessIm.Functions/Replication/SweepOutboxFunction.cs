using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.Functions.Replication;

/// <summary>Republishes records that were stored but whose publish failed or never ran.</summary>
public sealed partial class SweepOutboxFunction(Sweeper sweeper, ILogger<SweepOutboxFunction> logger)
{
    [Function("SweepOutbox")]
    public async Task RunAsync(
        [TimerTrigger(ReplicationSchedules.Sweep)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        var swept = await sweeper.SweepAsync(cancellationToken);
        if (swept > 0)
        {
            LogSwept(swept);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Republished {Count} stored events whose publish had failed")]
    private partial void LogSwept(int count);
}
