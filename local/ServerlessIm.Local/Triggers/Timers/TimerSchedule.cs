using System.Globalization;
using NCrontab;

namespace ServerlessIm.Local.Triggers.Timers;

/// <summary>When a timer function runs next: by its NCRONTAB schedule (with seconds), or every fixed period.</summary>
internal sealed class TimerSchedule
{
    private readonly CrontabSchedule? _cron;
    private readonly TimeSpan _period;

    private TimerSchedule(CrontabSchedule? cron, TimeSpan period)
    {
        _cron = cron;
        _period = period;
    }

    /// <summary>Reads a schedule as the timer trigger does: six cron fields, five, or a period (00:05:00).</summary>
    public static TimerSchedule Parse(string expression)
    {
        if (TimeSpan.TryParse(expression, CultureInfo.InvariantCulture, out var period))
        {
            return Every(period);
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var options = new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 };
        return new TimerSchedule(CrontabSchedule.Parse(expression, options), TimeSpan.Zero);
    }

    public static TimerSchedule Every(TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        return new TimerSchedule(null, period);
    }

    public DateTimeOffset Next(DateTimeOffset after) =>
        _cron is null
            ? after + _period
            : new DateTimeOffset(_cron.GetNextOccurrence(after.UtcDateTime), TimeSpan.Zero);

    public override string ToString() =>
        _cron?.ToString() ?? "every " + _period.ToString("c", CultureInfo.InvariantCulture);
}
