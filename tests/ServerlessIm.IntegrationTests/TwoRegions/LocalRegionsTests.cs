using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using ServerlessIm.Infrastructure.Realtime;
using ServerlessIm.IntegrationTests.LocalRunner;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>The runner's own surfaces: the hub in place of SignalR Service, sign-in, and fault controls.</summary>
public sealed class LocalRegionsTests(LocalRegionsFixture fixture) : IClassFixture<LocalRegionsFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Hub_MemberHomedInTheOtherRegion_GetsPushesAndSendsThroughTheSendPath()
    {
        var run = fixture.Run;
        using var a = new RegionClient(run.A);
        using var b = new RegionClient(run.B);
        var conversation = await a.CreateConversationAsync("hub-alice", ["hub-bob"], "hub");
        var id = conversation.GetProperty("id").GetString()!;
        await Eventually.TrueAsync(() => b.CanSeeConversationAsync("hub-bob", id), Deadline, "conversation replicated");
        var pushes = new List<(string Method, JsonElement Message)>();
        await using var bob = await ConnectAsync(run.B, "hub-bob", pushes);

        await a.SendMessageAsync("hub-alice", new SentMessage(id, "hub-alice", "web", 1, "from-alice"));
        var sent = await bob.InvokeAsync<JsonElement>(
            ChatHubContract.SendMessageMethod,
            id,
            new { clientMessageId = "from-bob", deviceId = "web", deviceSeq = 1, body = "hi" });
        var refused = await Assert.ThrowsAsync<HubException>(() => bob.InvokeAsync<JsonElement>(
            ChatHubContract.SendMessageMethod,
            id,
            new { clientMessageId = "bad id!", deviceId = "web", deviceSeq = 2, body = "x" }));
        await Eventually.TrueAsync(
            () => Pushed(pushes, ChatHubContract.MessageMethod).Count >= 2, Deadline, "both sequenced");

        Assert.Equal("pending", sent.GetProperty("status").GetString());
        Assert.Contains("urn:serverlessim:problem:invalid-request", refused.Message, StringComparison.Ordinal);
        Assert.Contains("from-bob", Pushed(pushes, ChatHubContract.PendingMethod));
        Assert.Equal(["from-alice", "from-bob"], Pushed(pushes, ChatHubContract.MessageMethod));
    }

    [Fact]
    public async Task Faults_RegionDownThenUp_AnswersRegionDownAndClosesTheHubMeanwhile()
    {
        var run = fixture.Run;
        using var faults = new HttpClient { BaseAddress = run.A.BaseUrl };
        using var api = run.B.CreateClient("faults-carol");
        await using var hub = await ConnectAsync(run.B, "faults-carol", []);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        (await faults.PostAsync($"api/dev/faults/regions/{run.B.Region}/down", null)).EnsureSuccessStatusCode();
        await closed.Task.WaitAsync(Deadline);
        using var whileDown = await api.GetAsync("api/health");
        var problem = await whileDown.Content.ReadFromJsonAsync<JsonElement>();
        (await faults.PostAsync($"api/dev/faults/regions/{run.B.Region}/up", null)).EnsureSuccessStatusCode();
        using var afterUp = await api.GetAsync("api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal("urn:serverlessim:problem:region-down", problem.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, afterUp.StatusCode);
    }

    [Fact]
    public async Task SignIn_DevelopmentToken_WorksInBothRegions()
    {
        var run = fixture.Run;
        using var signIn = new HttpClient { BaseAddress = run.A.BaseUrl };

        using var answer = await signIn.PostAsJsonAsync("api/dev/token", new { userId = "dave" });
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var statuses = await Task.WhenAll(new[] { run.A, run.B }.Select(r => HealthWithAsync(r, token!)));

        Assert.All(statuses, static s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private static async Task<HttpStatusCode> HealthWithAsync(RegionHost region, string token)
    {
        using var http = new HttpClient { BaseAddress = region.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var health = await http.GetAsync("api/health");
        return health.StatusCode;
    }

    private static async Task<HubConnection> ConnectAsync(
        RegionHost region,
        string userId,
        List<(string, JsonElement)> pushes)
    {
        // Through negotiate, as apps connect: the API's answer redirects the client to the hub with its token.
        var connection = new HubConnectionBuilder()
            .WithUrl(
                new Uri(region.BaseUrl, "api"),
                options => options.AccessTokenProvider = () => Task.FromResult<string?>(region.IssueToken(userId)))
            .Build();
        foreach (var method in new[] { ChatHubContract.MessageMethod, ChatHubContract.PendingMethod })
        {
            connection.On<JsonElement>(method, message =>
            {
                lock (pushes)
                {
                    pushes.Add((method, message));
                }
            });
        }

        await connection.StartAsync();
        return connection;
    }

    private static long SeqOf(JsonElement message) =>
        message.TryGetProperty("seq", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : 0;

    private static List<string> Pushed(List<(string Method, JsonElement Message)> pushes, string method)
    {
        lock (pushes)
        {
            return pushes.Where(p => p.Method == method)
                .OrderBy(static p => SeqOf(p.Message))
                .Select(static p => p.Message.GetProperty("clientMessageId").GetString()!)
                .ToList();
        }
    }
}
