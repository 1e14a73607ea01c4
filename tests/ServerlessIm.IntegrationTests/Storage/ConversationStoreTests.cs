using ServerlessIm.Core;
using ServerlessIm.Core.Conversations;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.Storage;

[Collection(CosmosTests.Name)]
public sealed class ConversationStoreTests(CosmosServerFixture cosmos) : StoresTest(cosmos)
{
    [Fact]
    public async Task CreateAsync_SameIdTwice_KeepsAndReturnsTheFirst()
    {
        var first = Samples.Conversation();
        await Stores.Conversations.CreateAsync(first, default);

        var second = await Stores.Conversations.CreateAsync(first with { Title = "other" }, default);

        Assert.Equal(first.Title, second.Title);
        Assert.Equal(first.Title, (await Stores.Conversations.GetAsync(first.Id, default))!.Title);
    }

    [Fact]
    public async Task GetAsync_StoredConversation_RoundTripsEveryField()
    {
        var conversation = Samples.Conversation(members: ["alice", "bob", "carol"]);
        await Stores.Conversations.CreateAsync(conversation, default);

        var stored = await Stores.Conversations.GetAsync(conversation.Id, default);

        Assert.NotNull(stored);
        Assert.Equal(conversation with { Members = [] }, stored with { Members = [] });
        Assert.Equal(conversation.Members, stored.Members);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        var stored = await Stores.Conversations.GetAsync(Samples.NewConversationId(), default);

        Assert.Null(stored);
    }

    [Fact]
    public async Task ApplyReplicaAsync_VersionsOutOfOrder_KeepsTheHighest()
    {
        var id = Samples.NewConversationId();

        var applied = new List<bool>();
        foreach (var version in new[] { 2, 1, 2, 3 })
        {
            applied.Add(await Stores.Conversations.ApplyReplicaAsync(Samples.Conversation(id, version), default));
        }

        Assert.Equal([true, false, false, true], applied);
        Assert.Equal(3, (await Stores.Conversations.GetAsync(id, default))!.Version);
    }

    [Fact]
    public async Task ListForUserAsync_PagesOfTwo_ReturnTheUsersConversationsOnceByDescendingId()
    {
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var conversation = Samples.Conversation(members: ["alice", "bob"]);
            await Stores.Conversations.CreateAsync(conversation, default);
            await Stores.Conversations.IndexMembersAsync(conversation, default);
            created.Add(conversation.Id);
        }

        await Stores.Conversations.IndexMembersAsync(Samples.Conversation(members: ["carol", "bob"]), default);

        var pages = await ReadAllPagesAsync("alice", 2);

        Assert.Equal([2, 2, 1], pages.Select(static p => p.Count));
        Assert.Equal(
            created.OrderDescending(StringComparer.Ordinal),
            pages.SelectMany(static p => p).Select(static c => c.Id));
    }

    [Fact]
    public async Task ListForUserAsync_UnknownUser_ReturnsAnEmptyLastPage()
    {
        var page = await Stores.Conversations.ListForUserAsync("nobody", 10, null, default);

        Assert.Empty(page.Conversations);
        Assert.Null(page.Continuation);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("{\"token\":\"x\"}")]
    public async Task ListForUserAsync_ContinuationNotIssued_ThrowsInvalidCursorException(string continuation)
    {
        var conversation = Samples.Conversation();
        await Stores.Conversations.IndexMembersAsync(conversation, default);

        var thrown = await Assert.ThrowsAsync<InvalidCursorException>(
            () => Stores.Conversations.ListForUserAsync("alice", 10, continuation, default));

        Assert.Equal("continuation", thrown.Parameter);
    }

    [Fact]
    public async Task IndexMembersAsync_OlderVersionAfterNewer_KeepsTheNewerCopy()
    {
        var id = Samples.NewConversationId();
        await Stores.Conversations.IndexMembersAsync(Samples.Conversation(id, version: 2), default);

        await Stores.Conversations.IndexMembersAsync(Samples.Conversation(id, version: 1), default);
        await Stores.Conversations.IndexMembersAsync(Samples.Conversation(id, version: 2), default);

        var page = await Stores.Conversations.ListForUserAsync("bob", 10, null, default);
        var listed = Assert.Single(page.Conversations);
        Assert.Equal(2, listed.Version);
        Assert.Equal("title v2", listed.Title);
    }

    [Fact]
    public async Task ListUnpublishedAsync_CreatedHereAndReplicated_ListsOnlyTheOnesCreatedHere()
    {
        var created = Samples.Conversation();
        await Stores.Conversations.CreateAsync(created, default);
        await Stores.Conversations.ApplyReplicaAsync(Samples.Conversation(), default);

        var before = await Stores.Conversations.ListUnpublishedAsync(Stores.Clock.GetUtcNow(), 10, default);
        var after = await Stores.Conversations.ListUnpublishedAsync(
            Stores.Clock.GetUtcNow().AddSeconds(1), 10, default);

        Assert.Empty(before);
        Assert.Equal([created.Id], after.Select(static c => c.Id));
    }

    [Fact]
    public async Task MarkPublishedAsync_PublishedVersion_IsNoLongerListed()
    {
        var conversation = Samples.Conversation();
        await Stores.Conversations.CreateAsync(conversation, default);

        await Stores.Conversations.MarkPublishedAsync(conversation with { Version = 0 }, default);
        var stillOwed = await ListUnpublishedIdsAsync();
        await Stores.Conversations.MarkPublishedAsync(conversation, default);
        var owed = await ListUnpublishedIdsAsync();

        Assert.Equal([conversation.Id], stillOwed);
        Assert.Empty(owed);
    }

    private async Task<List<string>> ListUnpublishedIdsAsync()
    {
        var listed = await Stores.Conversations.ListUnpublishedAsync(
            Stores.Clock.GetUtcNow().AddSeconds(1), 10, default);
        return listed.Select(static c => c.Id).ToList();
    }

    private async Task<List<IReadOnlyList<Conversation>>> ReadAllPagesAsync(string userId, int limit)
    {
        var pages = new List<IReadOnlyList<Conversation>>();
        string? continuation = null;
        do
        {
            var page = await Stores.Conversations.ListForUserAsync(userId, limit, continuation, default);
            if (page.Conversations.Count > 0)
            {
                pages.Add(page.Conversations);
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        return pages;
    }
}
