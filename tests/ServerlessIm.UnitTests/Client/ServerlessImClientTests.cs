using System.Net;
using System.Text.Json;
using ServerlessIm.Client;
using ServerlessIm.Client.Messages;
using ServerlessIm.Client.Transport;

namespace ServerlessIm.UnitTests.Client;

public sealed class ServerlessImClientTests : IAsyncDisposable
{
    private readonly FakeRegions _regions = new();
    private readonly ServerlessImClient _client;

    public ServerlessImClientTests()
    {
        var options = new ServerlessImClientOptions
        {
            AccessToken = static (_, _) => ValueTask.FromResult("token"),
            DeviceId = "phone",
            HttpHandler = _regions,
        };
        options.Regions.Add(FakeRegions.A);
        options.Regions.Add(FakeRegions.B);
        _client = new ServerlessImClient(options);
    }

    [Fact]
    public async Task SendAsync_NumbersADevicesSendsPerConversation()
    {
        await _client.SendAsync("c1", "one");
        await _client.SendAsync("c1", "two");
        await _client.SendAsync("c2", "other");

        Assert.Equal([1L, 2L, 1L], _regions.Received.Select(r => r.DeviceSeq));
    }

    [Fact]
    public async Task SendAsync_RegionDown_SwitchesAndResendsUnsequencedInOrderFirst()
    {
        await _client.SendAsync("c1", "one");
        await _client.SendAsync("c1", "two");
        Uri? switchedTo = null;
        _client.RegionChanged += (_, region) => switchedTo = region;
        _regions.Down.Add(FakeRegions.A.Host);

        var third = await _client.SendAsync("c1", "three");

        Assert.Equal(FakeRegions.B, switchedTo);
        Assert.Equal(FakeRegions.B, _client.CurrentRegion);
        var atB = _regions.Received.Where(r => r.Host == FakeRegions.B.Host).Select(r => r.DeviceSeq).ToList();
        Assert.Equal([1L, 2L, 3L], atB.Distinct());
        Assert.Equal(atB.Order(), atB);
        Assert.Equal("pending", third.Status);
    }

    [Fact]
    public async Task SendAsync_SequencedMessages_AreNotResentAfterASwitch()
    {
        _regions.OnSend = (_, body) => FakeRegions.Sequenced(body, body.GetProperty("deviceSeq").GetInt64());
        await _client.SendAsync("c1", "one");
        _regions.Down.Add(FakeRegions.A.Host);

        await _client.SendAsync("c1", "two");

        var atB = _regions.Received.Where(r => r.Host == FakeRegions.B.Host).Select(r => r.DeviceSeq);
        Assert.Equal([2L], atB.Distinct());
        Assert.Equal(0, _client.UnsequencedCount);
    }

    [Fact]
    public async Task SendAsync_RegionMissesEarlierMessages_SendsThemFirstThenRetries()
    {
        _regions.OnSend = (_, body) => FakeRegions.Sequenced(body, body.GetProperty("deviceSeq").GetInt64());
        await _client.SendAsync("c1", "one");
        await _client.SendAsync("c1", "two");
        var refusedOnce = false;
        _regions.OnSend = (_, body) =>
        {
            if (body.GetProperty("deviceSeq").GetInt64() == 3 && !refusedOnce)
            {
                refusedOnce = true;
                return AheadProblem(expected: 1);
            }

            return FakeRegions.Pending(body);
        };

        var third = await _client.SendAsync("c1", "three");

        Assert.Equal("pending", third.Status);
        Assert.Equal([1L, 2L, 3L, 1L, 2L, 3L], _regions.Received.Select(r => r.DeviceSeq));
    }

    [Fact]
    public async Task SendAsync_NotAMember_ThrowsWithTheProblemType()
    {
        _regions.OnSend = (_, _) => FakeRegions.Answer(
            HttpStatusCode.Forbidden,
            new { type = "urn:serverlessim:problem:not-a-member", detail = "Only members." },
            "application/problem+json");

        var error = await Assert.ThrowsAsync<ServerlessImException>(() => _client.SendAsync("c1", "hi"));

        Assert.Equal((403, "urn:serverlessim:problem:not-a-member"), (error.Status, error.ProblemType));
    }

    [Fact]
    public async Task SendAsync_AllRegionsDown_ThrowsWithoutLosingTheMessage()
    {
        _regions.Down.Add(FakeRegions.A.Host);
        _regions.Down.Add(FakeRegions.B.Host);

        await Assert.ThrowsAnyAsync<Exception>(() => _client.SendAsync("c1", "hi"));

        Assert.Equal(1, _client.UnsequencedCount);
    }

    [Fact]
    public async Task SyncAsync_DeliversEachSeqOnceInOrder()
    {
        var delivered = new List<long>();
        _client.MessageReceived += (_, m) => delivered.Add(m.Seq!.Value);
        var pages = new Queue<long[]>([[1, 2], [2, 3], []]);
        _regions.OnGet = (_, _) => Page(pages.Dequeue());

        var synced = await _client.SyncAsync("c1");

        Assert.Equal([1L, 2L, 3L], delivered);
        Assert.Equal(3, synced.Count);
        Assert.Equal(3, _client.LastSeq("c1"));
    }

    [Fact]
    public async Task SyncAsync_SeesOwnMessageSequenced_StopsTreatingItAsUnsequenced()
    {
        var pending = await _client.SendAsync("c1", "hi");
        _regions.OnGet = (_, query) => query.Contains("after=0", StringComparison.Ordinal)
            ? Page([1], pending.ClientMessageId)
            : Page([]);

        await _client.SyncAsync("c1");

        Assert.Equal(0, _client.UnsequencedCount);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        _regions.Dispose();
    }

    private static HttpResponseMessage AheadProblem(long expected) => FakeRegions.Answer(
        HttpStatusCode.Conflict,
        new { type = "urn:serverlessim:problem:device-seq-ahead", expectedDeviceSeq = expected },
        "application/problem+json");

    private static HttpResponseMessage Page(long[] seqs, string? clientMessageId = null)
    {
        var messages = seqs.Select(seq => FakeRegions.View(
            JsonSerializer.SerializeToElement(new
            {
                deviceId = "other",
                deviceSeq = seq,
                clientMessageId = clientMessageId ?? $"m{seq}",
                body = "hi",
            }),
            seq));
        return FakeRegions.Answer(HttpStatusCode.OK, new { messages, next = seqs.LastOrDefault() });
    }
}
