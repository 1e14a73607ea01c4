using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerlessIm.Local.Faults;

namespace ServerlessIm.Local.Triggers.Timers;

/// <summary>
/// Calls a timer-triggered function on its schedule, one run at a time, as the timer trigger does. It skips
/// its runs while the region is down; a failed run is logged and the next one comes on schedule.
/// </summary>
internal sealed partial class TimerLoop(
    FunctionMethod function,
    TimerSchedule schedule,
    IServiceProvider services,
    RegionFaults faults,
    TimeProvider clock,
    ILogger<TimerLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var invoker = new FunctionInvoker(function);
        var last = clock.GetUtcNow();
        LogScheduled(function.Name, schedule);

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.Next(clock.GetUtcNow());
            var wait = next - clock.GetUtcNow();
            try
            {
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (faults.IsDown)
            {
                continue;
            }

            await RunOnceAsync(invoker, last, schedule.Next(next), stoppingToken);
            last = next;
        }
    }

    private async Task RunOnceAsync(
        FunctionInvoker invoker,
        DateTimeOffset last,
        DateTimeOffset next,
        CancellationToken token)
    {
        var timer = new TimerInfo
        {
            IsPastDue = false,
            ScheduleStatus = new ScheduleStatus
            {
                Last = last.UtcDateTime,
                Next = next.UtcDateTime,
                LastUpdated = clock.GetUtcNow().UtcDateTime,
            },
        };

        await using var scope = services.CreateAsyncScope();
        try
        {
            await invoker.InvokeAsync(new Invocation(scope.ServiceProvider, token) { Timer = timer });
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            LogRunFailed(ex, function.Name);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the run was cut short, as the host cuts it short on shutdown.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer function {Function} runs on {Schedule}")]
    private partial void LogScheduled(string function, TimerSchedule schedule);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed; it runs again on schedule")]
    private partial void LogRunFailed(Exception exception, string function);
}
