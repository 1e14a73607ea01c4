using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>Writes a region's log entries to the test's output, tagged with the region.</summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper output, string region) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        new TestOutputLogger(output, region, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private sealed class TestOutputLogger(ITestOutputHelper output, string region, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            try
            {
                output.WriteLine($"{DateTimeOffset.Now:HH:mm:ss.fff} {logLevel} [{region}] {category}: " +
                    formatter(state, exception) + (exception is null ? "" : " " + exception.GetType().Name));
            }
            catch (InvalidOperationException)
            {
                // The test already finished; its output is closed.
            }
        }
    }
}
