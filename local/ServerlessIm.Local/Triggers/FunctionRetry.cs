using System.Globalization;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace ServerlessIm.Local.Triggers;

/// <summary>
/// How often, and after how long, a failed call of a function is retried with the same input: the function's
/// <c>[ExponentialBackoffRetry]</c> or <c>[FixedDelayRetry]</c>, as the host reads them, or a short default.
/// </summary>
internal sealed record FunctionRetry(int MaxRetryCount, TimeSpan MinimumDelay, TimeSpan MaximumDelay, bool Exponential)
{
    public static readonly FunctionRetry Default =
        new(4, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2), Exponential: true);

    public static FunctionRetry Of(FunctionMethod function) =>
        function.Method.GetCustomAttribute<ExponentialBackoffRetryAttribute>() is { } exponential
            ? new FunctionRetry(
                exponential.MaxRetryCount,
                Parse(exponential.MinimumInterval),
                Parse(exponential.MaximumInterval),
                Exponential: true)
            : function.Method.GetCustomAttribute<FixedDelayRetryAttribute>() is { } fixedDelay
                ? new FunctionRetry(
                    fixedDelay.MaxRetryCount,
                    Parse(fixedDelay.DelayInterval),
                    Parse(fixedDelay.DelayInterval),
                    Exponential: false)
                : Default;

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first).</summary>
    public TimeSpan DelayBefore(int retry)
    {
        if (!Exponential)
        {
            return MinimumDelay;
        }

        var delay = MinimumDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30));
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaximumDelay.TotalMilliseconds));
    }

    private static TimeSpan Parse(string? interval) =>
        TimeSpan.Parse(interval ?? "00:00:01", CultureInfo.InvariantCulture);
}
