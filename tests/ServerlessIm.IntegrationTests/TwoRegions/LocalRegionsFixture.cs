using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>One two-region run shared by the tests of a class that leave it as they found it.</summary>
public sealed class LocalRegionsFixture(IMessageSink sink) : IAsyncLifetime
{
    private TwoRegionRun? _run;

    internal TwoRegionRun Run => _run ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _run = await TwoRegionRun.StartAsync(new SinkOutput(sink));

    public async Task DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    private sealed class SinkOutput(IMessageSink sink) : ITestOutputHelper
    {
        public void WriteLine(string message) => sink.OnMessage(new DiagnosticMessage(message));

        public void WriteLine(string format, params object[] args) =>
            sink.OnMessage(new DiagnosticMessage(format, args));
    }
}
