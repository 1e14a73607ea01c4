using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>The runner command starts two regions and leaves nothing behind when it is stopped.</summary>
public sealed class LocalRunnerProcessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Runner_StartedOnFreePortsThenTerminated_ServedBothRegionsAndLeftNoProcess()
    {
        using var runner = RunnerProcess.Start("--ports", "0,0");
        var apis = await runner.WaitForReadyAsync(StartDeadline);
        var children = ProcessTree.DescendantsOf(runner.Id);
        var residentKb = ProcessTree.ResidentKilobytes(runner.Id);
        var statuses = await Task.WhenAll(apis.Select(HealthStatusAsync));

        runner.Terminate();
        var exitCode = await runner.WaitForExitAsync(StopDeadline);

        output.WriteLine($"ready in {runner.StartedIn.TotalSeconds:0.0} s; VmRSS {residentKb / 1024} MiB; " +
            $"children {string.Join(", ", children.Select(static c => $"{c.Name}({c.Pid})"))}");
        Assert.Equal(2, apis.Count);
        Assert.All(statuses, static s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains(children, static c => c.Name == "node");
        Assert.Equal(0, exitCode);
        Assert.All(
            children,
            static c => Assert.False(ProcessTree.IsAlive(c.Pid), $"{c.Name} ({c.Pid}) outlived the runner"));
        Assert.Contains("Stopped.", runner.Output, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> HealthStatusAsync(Uri api)
    {
        using var http = new HttpClient { BaseAddress = api };
        using var signIn = await http.PostAsJsonAsync("dev/token", new { userId = "alice" });
        signIn.EnsureSuccessStatusCode();
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Get, "health");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var health = await http.SendAsync(request);
        return health.StatusCode;
    }
}
