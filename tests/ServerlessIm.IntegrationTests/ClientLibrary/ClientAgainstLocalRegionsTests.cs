using System.Collections.Concurrent;
using ServerlessIm.Client;
using ServerlessIm.Client.Messages;
using ServerlessIm.IntegrationTests.LocalRunner;
using ServerlessIm.IntegrationTests.TwoRegions;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.IntegrationTests.ClientLibrary;

/// <summary>
/// The client library against two real local regions: real-time delivery through the hub, catching up by
/// seq after missing pushes, and switching region when its own goes down.
/// </summary>
public sealed class ClientAgainstLocalRegionsTests(LocalRegionsFixture fixture) : IClassFixture<LocalRegionsFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MessageReceived_TwoUsersOnTheHub_GetEachOthersMessagesWithoutSyncing()
    {
        var (a, b) = (fixture.Run.A, fixture.Run.B);
        await using var alice = ClientOf("rt-alice", a, b);
        await using var bob = ClientOf("rt-bob", b, a);
        var conversation = await alice.CreateConversationAsync(["rt-bob"]);
        await Eventually.TrueAsync(async () => await CanSeeAsync(bob, conversation.Id), Deadline, "replicated");
        var aliceGot = Received(alice);
        var bobGot = Received(bob);
        await alice.StartRealtimeAsync();
        await bob.StartRealtimeAsync();

        await alice.SendAsync(conversation.Id, "hello bob");
        await Eventually.TrueAsync(() => bobGot.Count == 1, Deadline, "bob got alice's message");
        await bob.SendAsync(conversation.Id, "hello alice");
        await Eventually.TrueAsync(() => aliceGot.Count == 2 && bobGot.Count == 2, Deadline, "both got both");

        Assert.Equal(["hello bob", "hello alice"], aliceGot.Select(static m => m.Body));
        Assert.Equal(aliceGot.Select(static m => m.ClientMessageId), bobGot.Select(static m => m.ClientMessageId));
        Assert.Equal([1L, 2L], bobGot.Select(static m => m.Seq!.Value));
    }

    [Fact]
    public async Task SyncAsync_AfterReconnecting_FillsExactlyWhatWasMissedWhileDisconnected()
    {
        var a = fixture.Run.A;
        await using var alice = ClientOf("sync-alice", a);
        await using var bob = ClientOf("sync-bob", a);
        var conversation = await alice.CreateConversationAsync(["sync-bob"]);
        var pushed = Received(bob);
        await bob.StartRealtimeAsync();
        await alice.SendAsync(conversation.Id, "while connected");
        await Eventually.TrueAsync(() => pushed.Count == 1, Deadline, "the first push");

        await bob.StopRealtimeAsync();
        await alice.SendAsync(conversation.Id, "missed one");
        await alice.SendAsync(conversation.Id, "missed two");
        await bob.StartRealtimeAsync();
        var lastSeqBeforeSync = bob.LastSeq(conversation.Id);
        var caughtUp = await bob.SyncAsync(conversation.Id);

        Assert.Equal(1, lastSeqBeforeSync);
        Assert.Equal(["missed one", "missed two"], caughtUp.Select(static m => m.Body));
        Assert.Equal(["while connected", "missed one", "missed two"], pushed.Select(static m => m.Body));
    }

    [Fact]
    public async Task SendAsync_HomeRegionGoesDown_SwitchesAndEverythingIsSequencedOnceInOrder()
    {
        var (a, b) = (fixture.Run.A, fixture.Run.B);
        await using var alice = ClientOf("switch-alice", a, b);
        await using var watcher = ClientOf("switch-bob", b, a);
        var conversation = await alice.CreateConversationAsync(["switch-bob"]);
        await Eventually.TrueAsync(async () => await CanSeeAsync(watcher, conversation.Id), Deadline, "replicated");
        ChatMessage[] beforeOutage =
            [await alice.SendAsync(conversation.Id, "1"), await alice.SendAsync(conversation.Id, "2")];

        a.Faults.SetDown(true);
        ChatMessage[] duringOutage;
        try
        {
            duringOutage = [await alice.SendAsync(conversation.Id, "3"), await alice.SendAsync(conversation.Id, "4")];
        }
        finally
        {
            a.Faults.SetDown(false);
        }

        var seen = new List<ChatMessage>();
        await Eventually.TrueAsync(
            async () =>
            {
                seen.AddRange(await watcher.SyncAsync(conversation.Id));
                return seen.Count >= 4;
            },
            Deadline,
            "all four sequenced and replicated");

        Assert.All(beforeOutage, static m => Assert.Equal("sequenced", m.Status));
        Assert.Equal(b.BaseUrl, alice.CurrentRegion);
        Assert.All(duringOutage, static m => Assert.Equal("pending", m.Status));
        Assert.Equal(["1", "2", "3", "4"], seen.Select(static m => m.Body));
        Assert.Equal([1L, 2L, 3L, 4L], seen.Select(static m => m.DeviceSeq));
        Assert.Equal([1L, 2L, 3L, 4L], seen.Select(static m => m.Seq!.Value));
    }

    private static ServerlessImClient ClientOf(string userId, params RegionHost[] regions)
    {
        var options = new ServerlessImClientOptions
        {
            AccessToken = (_, _) => ValueTask.FromResult(regions[0].IssueToken(userId)),
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
        foreach (var region in regions)
        {
            options.Regions.Add(region.BaseUrl);
        }

        return new ServerlessImClient(options);
    }

    private static async Task<bool> CanSeeAsync(ServerlessImClient client, string conversationId) =>
        (await client.ListConversationsAsync()).Any(c => c.Id == conversationId);

    private static ConcurrentQueue<ChatMessage> Received(ServerlessImClient client)
    {
        var received = new ConcurrentQueue<ChatMessage>();
        client.MessageReceived += (_, message) => received.Enqueue(message);
        return received;
    }
}
