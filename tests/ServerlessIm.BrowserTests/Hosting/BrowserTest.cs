using Xunit.Abstractions;

namespace ServerlessIm.BrowserTests.Hosting;

/// <summary>A test with its own two regions and browser, started before it and stopped after it.</summary>
public abstract class BrowserTest(ITestOutputHelper output) : IAsyncLifetime
{
    private BrowserRun? _run;

    protected ITestOutputHelper Output => output;

    internal BrowserRun Run => _run ?? throw new InvalidOperationException("The run has not started.");

    public async Task InitializeAsync() => _run = await BrowserRun.StartAsync(output);

    public async Task DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }
}
