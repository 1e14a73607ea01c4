using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Functions.Api.Conversations;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.SingleRegion;

[Collection(CosmosTests.Name)]
public sealed class ConversationTests(CosmosServerFixture cosmos) : RegionTest(cosmos)
{
    [Fact]
    public async Task CreateConversation_Members_Answers201HomedHereWithTheCreatorAsMember()
    {
        var answer = await Api.CreateConversationAsync(Region.TokenFor("alice"), ["bob", "carol"], "plans");

        Assert.Equal(201, answer.Status);
        Assert.Equal(["alice", "bob", "carol"], Members(answer.Body));
        Assert.Equal(Samples.Region, answer.Text("homeRegion"));
        Assert.Equal("plans", answer.Text("title"));
    }

    [Fact]
    public async Task CreateConversation_PublishSucceeds_LeavesNothingForTheSweeper()
    {
        await CreateConversationAsync("alice", "bob");

        var owed = await Region.Services.GetRequiredService<IConversationStore>()
            .ListUnpublishedAsync(DateTimeOffset.UtcNow.AddMinutes(1), 10, default);

        Assert.Empty(owed);
    }

    [Fact]
    public async Task GetConversation_Member_Answers200WithTheConversation()
    {
        var created = await Api.CreateConversationAsync(Region.TokenFor("alice"), ["bob"]);

        var answer = await Api.GetConversationAsync(Region.TokenFor("bob"), created.Text("id")!);

        Assert.Equal(200, answer.Status);
        Assert.Equal(created.Body.ToString(), answer.Body.ToString());
    }

    [Fact]
    public async Task GetConversation_NotAMember_Answers403()
    {
        var conversationId = await CreateConversationAsync("alice", "bob");

        var answer = await Api.GetConversationAsync(Region.TokenFor("mallory"), conversationId);

        Assert.Equal(403, answer.Status);
        Assert.Equal(ProblemTypes.NotAMember, answer.ProblemType);
    }

    [Fact]
    public async Task GetConversation_UnknownConversation_Answers404()
    {
        var answer = await Api.GetConversationAsync(Region.TokenFor("alice"), Samples.NewConversationId());

        Assert.Equal(404, answer.Status);
        Assert.Equal(ProblemTypes.ConversationNotFound, answer.ProblemType);
    }

    [Fact]
    public async Task ListConversations_PagesOfTwo_ReturnEachOfTheCallersConversationsOnce()
    {
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await CreateConversationAsync("alice", "bob"));
        }

        await CreateConversationAsync("carol", "dave");

        var listed = await ListAllAsync(Region.TokenFor("bob"), 2);

        Assert.Equal(created.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListConversations_ContinuationNotIssued_Answers400()
    {
        await CreateConversationAsync("alice", "bob");

        var answer = await Api.ListConversationsAsync(Region.TokenFor("bob"), "?continuation=abc");

        Assert.Equal(400, answer.Status);
        Assert.Equal(ProblemTypes.InvalidRequest, answer.ProblemType);
        Assert.True(answer.Body.GetProperty("errors").TryGetProperty("continuation", out _));
    }

    [Fact]
    public async Task CreateConversation_MalformedBody_Answers400AndStoresNothing()
    {
        var request = HttpCalls.Post(Region.TokenFor("alice"), """{"members": "bob"}""");

        var answer = await HttpCalls.CallAsync(request, Region.Function<CreateConversationFunction>().RunAsync);

        Assert.Equal(400, answer.Status);
        Assert.Equal(ProblemTypes.InvalidRequest, answer.ProblemType);
        Assert.Empty(await SnapshotAsync());
    }

    [Fact]
    public async Task CreateConversation_ForgedToken_Answers401AndStoresNothing()
    {
        var answer = await Api.CreateConversationAsync(Region.ForgedTokenFor("alice"), ["bob"]);

        Assert.Equal(401, answer.Status);
        Assert.Equal(ProblemTypes.Unauthenticated, answer.ProblemType);
        Assert.Empty(await SnapshotAsync());
    }

    [Fact]
    public async Task Health_StoreAnswers_Answers200WithTheRegion()
    {
        var answer = await Api.HealthAsync(Region.TokenFor("alice"));

        Assert.Equal(200, answer.Status);
        Assert.Equal(Samples.Region, answer.Text("region"));
        Assert.Equal("reachable", answer.Text("store"));
    }

    private async Task<List<string>> ListAllAsync(string token, int limit)
    {
        var ids = new List<string>();
        var query = $"?limit={limit}";
        while (true)
        {
            var page = await Api.ListConversationsAsync(token, query);
            Assert.Equal(200, page.Status);
            ids.AddRange(page.Body
                .GetProperty("conversations")
                .EnumerateArray()
                .Select(static c => c.GetProperty("id").GetString()!));
            if (page.Body.GetProperty("continuation").GetString() is not { } continuation)
            {
                return ids;
            }

            query = $"?limit={limit}&continuation={Uri.EscapeDataString(continuation)}";
        }
    }

    private static List<string> Members(JsonElement conversation) =>
        conversation.GetProperty("members").EnumerateArray().Select(static m => m.GetString()!).ToList();
}
