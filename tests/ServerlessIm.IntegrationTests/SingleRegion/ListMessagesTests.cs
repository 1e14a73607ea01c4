using ServerlessIm.Functions.Api.Http;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.SingleRegion;

[Collection(CosmosTests.Name)]
public sealed class ListMessagesTests(CosmosServerFixture cosmos) : RegionTest(cosmos)
{
    private string _conversationId = "";

    protected override async Task ArrangeAsync()
    {
        _conversationId = await CreateConversationAsync("alice", "bob");
        for (var deviceSeq = 1; deviceSeq <= 5; deviceSeq++)
        {
            await Api.SendAsync(Region.TokenFor("alice"), _conversationId, $"m-{deviceSeq}", deviceSeq);
        }
    }

    [Fact]
    public async Task RunAsync_PagesOfTwo_ReturnEverySeqOnceThenAnEmptyPageAtTheEnd()
    {
        var bob = Region.TokenFor("bob");
        var pages = new List<long[]>();
        long after = 0;

        for (var page = 0; page < 4; page++)
        {
            var answer = await Api.ListMessagesAsync(bob, _conversationId, $"?after={after}&limit=2");
            Assert.Equal(200, answer.Status);
            pages.Add(answer.Body
                .GetProperty("messages")
                .EnumerateArray()
                .Select(static m => m.GetProperty("seq").GetInt64())
                .ToArray());
            after = answer.Number("next");
        }

        Assert.Equal([[1, 2], [3, 4], [5], []], pages);
        Assert.Equal(5, after);
    }

    [Theory]
    [InlineData("?after=-1", "after")]
    [InlineData("?after=abc", "after")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1000", "limit")]
    public async Task RunAsync_BadCursor_Answers400NamingTheParameterAndChangesNothing(string query, string parameter)
    {
        var before = await SnapshotAsync();

        var answer = await Api.ListMessagesAsync(Region.TokenFor("bob"), _conversationId, query);

        Assert.Equal(400, answer.Status);
        Assert.Equal(ProblemTypes.InvalidRequest, answer.ProblemType);
        Assert.True(answer.Body.GetProperty("errors").TryGetProperty(parameter, out _), answer.Body.ToString());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task RunAsync_NotAMember_Answers403()
    {
        var answer = await Api.ListMessagesAsync(Region.TokenFor("mallory"), _conversationId);

        Assert.Equal(403, answer.Status);
        Assert.Equal(ProblemTypes.NotAMember, answer.ProblemType);
    }

    [Fact]
    public async Task RunAsync_UnknownConversation_Answers404()
    {
        var answer = await Api.ListMessagesAsync(Region.TokenFor("bob"), Samples.NewConversationId());

        Assert.Equal(404, answer.Status);
        Assert.Equal(ProblemTypes.ConversationNotFound, answer.ProblemType);
    }

    [Fact]
    public async Task RunAsync_ExpiredToken_Answers401()
    {
        var answer = await Api.ListMessagesAsync(Region.ExpiredTokenFor("bob"), _conversationId);

        Assert.Equal(401, answer.Status);
        Assert.Equal(ProblemTypes.Unauthenticated, answer.ProblemType);
    }
}
