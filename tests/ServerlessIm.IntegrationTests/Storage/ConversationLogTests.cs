using ServerlessIm.Core.Sequencing;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.Storage;

[Collection(CosmosTests.Name)]
public sealed class ConversationLogTests(CosmosServerFixture cosmos) : StoresTest(cosmos)
{
    [Fact]
    public async Task ReadHeadAsync_NeverAdvanced_ReturnsNull()
    {
        var head = await Stores.Log.ReadHeadAsync(Samples.NewConversationId(), default);

        Assert.Null(head);
    }

    [Fact]
    public async Task TryAdvanceHeadAsync_FirstHead_StoresSeqEpochDevicesAndTail()
    {
        var conversationId = Samples.NewConversationId();
        var message = Samples.Message(conversationId, 1, senderId: "alice/with?odd#chars\\");
        var head = ConversationHead.Empty(conversationId, epoch: 1).Append(message);

        var advanced = await Stores.Log.TryAdvanceHeadAsync(head, default);
        var stored = await Stores.Log.ReadHeadAsync(conversationId, default);

        Assert.True(advanced);
        Assert.NotNull(stored);
        Assert.NotNull(stored.ETag);
        Assert.Equal(1, stored.Seq);
        Assert.Equal(1, stored.Epoch);
        Assert.Equal(1, stored.LastDeviceSeq(message.Device));
        Assert.Equal(message, stored.Tail);
    }

    [Fact]
    public async Task TryAdvanceHeadAsync_SecondFirstHead_ReturnsFalse()
    {
        var conversationId = Samples.NewConversationId();
        var empty = ConversationHead.Empty(conversationId, epoch: 1);
        await Stores.Log.TryAdvanceHeadAsync(empty.Append(Samples.Message(conversationId, 1, "alice")), default);

        var advanced = await Stores.Log.TryAdvanceHeadAsync(
            empty.Append(Samples.Message(conversationId, 1, "bob")), default);

        var stored = await Stores.Log.ReadHeadAsync(conversationId, default);
        Assert.False(advanced);
        Assert.Equal("alice", stored!.Tail!.SenderId);
    }

    [Fact]
    public async Task TryAdvanceHeadAsync_StaleETag_ReturnsFalseAndKeepsTheWinner()
    {
        var conversationId = Samples.NewConversationId();
        var empty = ConversationHead.Empty(conversationId, epoch: 1);
        await Stores.Log.TryAdvanceHeadAsync(empty.Append(Samples.Message(conversationId, 1)), default);
        var read = (await Stores.Log.ReadHeadAsync(conversationId, default))!;
        await Stores.Log.TryAdvanceHeadAsync(read.Append(Samples.Message(conversationId, 2, "alice")), default);

        var advanced = await Stores.Log.TryAdvanceHeadAsync(
            read.Append(Samples.Message(conversationId, 2, "bob")), default);

        var stored = await Stores.Log.ReadHeadAsync(conversationId, default);
        Assert.False(advanced);
        Assert.Equal(2, stored!.Seq);
        Assert.Equal("alice", stored.Tail!.SenderId);
    }

    [Fact]
    public async Task StoreMessageAsync_Twice_StoresOneMessage()
    {
        var conversationId = Samples.NewConversationId();
        var first = Samples.Message(conversationId, 1);

        await Stores.Log.StoreMessageAsync(first, awaitingPublish: true, default);
        await Stores.Log.StoreMessageAsync(first with { Body = "again" }, awaitingPublish: true, default);

        var stored = await Stores.Log.ReadMessagesAsync(conversationId, 0, 10, default);
        Assert.Equal([first], stored);
    }

    [Fact]
    public async Task FindByClientMessageIdAsync_StoredMessage_FindsItOnlyForItsSender()
    {
        var conversationId = Samples.NewConversationId();
        var message = Samples.Message(conversationId, 1, senderId: "alice/with?odd#chars\\", clientMessageId: "m-x");
        await Stores.Log.StoreMessageAsync(message, awaitingPublish: false, default);

        var found = await Stores.Log.FindByClientMessageIdAsync(conversationId, message.SenderId, "m-x", default);
        var otherSender = await Stores.Log.FindByClientMessageIdAsync(conversationId, "bob", "m-x", default);
        var otherId = await Stores.Log.FindByClientMessageIdAsync(conversationId, message.SenderId, "m-y", default);
        var otherConversation = await Stores.Log.FindByClientMessageIdAsync(
            Samples.NewConversationId(), message.SenderId, "m-x", default);

        Assert.Equal(message, found);
        Assert.Null(otherSender);
        Assert.Null(otherId);
        Assert.Null(otherConversation);
    }

    [Fact]
    public async Task ReadMessagesAsync_PagesOfTen_ReturnEachSeqOnceInOrder()
    {
        var conversationId = Samples.NewConversationId();
        foreach (var seq in Enumerable.Range(1, 25).OrderBy(static s => (s * 7) % 25))
        {
            await Stores.Log.StoreMessageAsync(Samples.Message(conversationId, seq), awaitingPublish: false, default);
        }

        var pages = new List<long[]>();
        long after = 0;
        while (true)
        {
            var page = await Stores.Log.ReadMessagesAsync(conversationId, after, 10, default);
            if (page.Count == 0)
            {
                break;
            }

            pages.Add(page.Select(static m => m.Seq).ToArray());
            after = page[^1].Seq;
        }

        Assert.Equal([10, 10, 5], pages.Select(static p => p.Length));
        Assert.Equal(Enumerable.Range(1, 25).Select(static s => (long)s), pages.SelectMany(static p => p));
    }

    [Fact]
    public async Task ReadMessagesAsync_SeqNotStoredYet_StopsBeforeIt()
    {
        var conversationId = Samples.NewConversationId();
        foreach (var seq in new[] { 1, 2, 4 })
        {
            await Stores.Log.StoreMessageAsync(Samples.Message(conversationId, seq), awaitingPublish: false, default);
        }

        var page = await Stores.Log.ReadMessagesAsync(conversationId, 0, 10, default);

        Assert.Equal([1, 2], page.Select(static m => m.Seq));
    }

    [Fact]
    public async Task ListUnpublishedAsync_AwaitingPublish_ListsOnlyThoseOlderThanTheCutoff()
    {
        var conversationId = Samples.NewConversationId();
        var owed = Samples.Message(conversationId, 1);
        await Stores.Log.StoreMessageAsync(owed, awaitingPublish: true, default);
        await Stores.Log.StoreMessageAsync(Samples.Message(conversationId, 2), awaitingPublish: false, default);
        Stores.Clock.Advance(TimeSpan.FromSeconds(10));
        await Stores.Log.StoreMessageAsync(Samples.Message(conversationId, 3), awaitingPublish: true, default);

        var unpublished = await Stores.Log.ListUnpublishedAsync(Stores.Clock.GetUtcNow().AddSeconds(-5), 10, default);

        Assert.Equal([owed], unpublished);
    }

    [Fact]
    public async Task MarkPublishedAsync_ListedMessage_IsNoLongerListed()
    {
        var conversationId = Samples.NewConversationId();
        var messages = Enumerable.Range(1, 3).Select(seq => Samples.Message(conversationId, seq)).ToList();
        foreach (var message in messages)
        {
            await Stores.Log.StoreMessageAsync(message, awaitingPublish: true, default);
        }

        await Stores.Log.MarkPublishedAsync(messages[1], default);

        var cutoff = Stores.Clock.GetUtcNow().AddSeconds(1);
        var unpublished = await Stores.Log.ListUnpublishedAsync(cutoff, 10, default);
        var limited = await Stores.Log.ListUnpublishedAsync(cutoff, 1, default);
        Assert.Equal([1, 3], unpublished.Select(static m => m.Seq).Order());
        Assert.Single(limited);
    }
}
