using Microsoft.Extensions.Logging;

namespace ServerlessIm.BrowserTests.Hosting;

/// <summary>Sends a region's log entries to the run's <see cref="RunLog"/>.</summary>
internal sealed class RunLogProvider(RunLog log, string region) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        new RegionLogger(log, $"{region} {categoryName[(categoryName.LastIndexOf('.') + 1)..]}");

    public void Dispose()
    {
    }

    private sealed class RegionLogger(RunLog log, string source) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception);
            var failure = exception is null ? "" : $" ({exception.GetType().Name})";
            log.Add(source, $"{logLevel}: {text}{failure}");
        }
    }
}
