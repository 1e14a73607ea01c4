using System.Diagnostics;
using ServerlessIm.Local.Emulators.Cosmos;

namespace ServerlessIm.IntegrationTests.Emulators.Cosmos;

public sealed class CosmosTestServerLifetimeTests
{
    [Fact]
    public async Task DisposeAsync_RunningServer_LeavesNoNodeProcess()
    {
        var server = await CosmosTestServer.StartAsync();
        var processId = server.ProcessId;

        await server.DisposeAsync();

        Assert.False(IsRunning(processId), $"node process {processId} is still running");
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
