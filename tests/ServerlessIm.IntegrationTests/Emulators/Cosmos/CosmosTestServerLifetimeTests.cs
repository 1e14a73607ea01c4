using System.Diagnostics;
using ServerlessIm.Local.Emulators.Cosmos;

namespace ServerlessIm.IntegrationTests.Emulators.Cosmos;

public sealed class CosmosTestServerLifetimeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DisposeAsync_RunningServer_LeavesNoNodeProcess()
    {
        var server = await CosmosTestServer.StartAsync();
        var processId = server.ProcessId;

        await server.DisposeAsync();

        Assert.False(IsRunning(processId), $"node process {processId} is still running");
    }

    [Fact]
    public async Task ServerScript_StandardInputClosed_ExitsOnItsOwn()
    {
        // What happens when the parent dies: its end of the pipe closes and nothing is killed.
        var packageDirectory = CosmosServerPackage.Directory(RepositoryRoot.Find());
        await CosmosServerPackage.EnsureInstalledAsync(packageDirectory, CancellationToken.None);
        using var node = Process.Start(new ProcessStartInfo("node", ["server.mjs", "--port", "0"])
        {
            WorkingDirectory = packageDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        try
        {
            var listening = await node.StandardOutput.ReadLineAsync().WaitAsync(Deadline);

            node.StandardInput.Close();
            await node.WaitForExitAsync().WaitAsync(Deadline);

            Assert.Contains("\"event\":\"listening\"", listening, StringComparison.Ordinal);
            Assert.Equal(0, node.ExitCode);
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }
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
