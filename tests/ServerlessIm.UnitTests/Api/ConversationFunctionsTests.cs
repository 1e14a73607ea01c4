using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Replication;
using ServerlessIm.Functions.Api.Conversations;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Api;

public sealed class ConversationFunctionsTests : IDisposable
{
    private readonly FakeRegion _region = new();

    public ConversationFunctionsTests()
    {
        _region.Conversations.Setup(c => c.CreateAsync(It.IsAny<Conversation>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Conversation c, CancellationToken _) => c);
    }

    [Fact]
    public async Task Create_ValidRequest_Answers201HomedHereWithCallerAsMember()
    {
        var request = Requests.Post("""{"members":["bob","bob","carol"],"title":" Lunch "}""");

        var result = await Create().RunAsync(request);

        Assert.Equal(201, Answers.Status(result));
        var view = Answers.Value<ConversationView>(result);
        Assert.Equal(["alice", "bob", "carol"], view.Members);
        Assert.Equal((FakeRegion.RegionName, 1L, "Lunch"), (view.HomeRegion, view.Epoch, view.Title));
        _region.Conversations.Verify(c => c.IndexMembersAsync(It.IsAny<Conversation>(), It.IsAny<CancellationToken>()));
        _region.Publisher.Verify(p => p.PublishAsync(
            It.Is<ReplicationEvent>(e => e.Type == EventTypes.ConversationChanged), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Create_HomeRegionConfiguredElsewhere_HomesConversationThere()
    {
        _region.Region.ConversationHomeRegion = "region-b";

        var result = await Create().RunAsync(Requests.Post("""{"members":["bob"]}"""));

        Assert.Equal("region-b", Answers.Value<ConversationView>(result).HomeRegion);
    }

    [Fact]
    public async Task Create_PublishFails_StillAnswers201AndLeavesItForTheSweeper()
    {
        _region.Publisher.Setup(p => p.PublishAsync(It.IsAny<ReplicationEvent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("broker down"));

        var result = await Create().RunAsync(Requests.Post("""{"members":["bob"]}"""));

        Assert.Equal(201, Answers.Status(result));
        _region.Conversations.Verify(
            c => c.MarkPublishedAsync(It.IsAny<Conversation>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("""{"title":"no members"}""", "members")]
    [InlineData("""{"members":["bob",""]}""", "members")]
    [InlineData("""{"members":["bob\u0001"]}""", "members")]
    public async Task Create_InvalidMembers_Answers400NamingTheField(string json, string field)
    {
        var result = await Create().RunAsync(Requests.Post(json));

        var problem = Assert.IsType<ValidationProblemDetails>(Answers.Problem(result));
        Assert.Contains(field, problem.Errors.Keys);
        VerifyNothingCreated();
    }

    [Fact]
    public async Task Create_TooManyMembers_Answers400()
    {
        var members = string.Join(",", Enumerable.Range(0, 100).Select(i => $"\"user{i}\""));

        var result = await Create().RunAsync(Requests.Post($$"""{"members":[{{members}}]}"""));

        Assert.Equal(400, Answers.Status(result));
        VerifyNothingCreated();
    }

    [Fact]
    public async Task Create_TitleTooLong_Answers400()
    {
        var result = await Create().RunAsync(Requests.Post($$"""{"members":[],"title":"{{new string('t', 201)}}"}"""));

        Assert.Equal(400, Answers.Status(result));
        VerifyNothingCreated();
    }

    [Fact]
    public async Task Create_WithoutToken_Answers401()
    {
        var result = await Create().RunAsync(Requests.Post("""{"members":[]}""", token: null));

        Assert.Equal(401, Answers.Status(result));
        VerifyNothingCreated();
    }

    [Fact]
    public async Task Get_Member_Answers200()
    {
        _region.HasConversation("c1", FakeRegion.RegionName, "bob", "alice");

        var result = await Get().RunAsync(Requests.Get(), "c1");

        Assert.Equal("c1", Answers.Value<ConversationView>(result).Id);
    }

    [Fact]
    public async Task Get_NonMember_Answers403()
    {
        _region.HasConversation("c1", FakeRegion.RegionName, "bob", "carol");

        var result = await Get().RunAsync(Requests.Get(), "c1");

        Assert.Equal(ProblemTypes.NotAMember, Answers.Problem(result).Type);
    }

    [Fact]
    public async Task Get_Unknown_Answers404()
    {
        var result = await Get().RunAsync(Requests.Get(), "nope");

        Assert.Equal(404, Answers.Status(result));
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=201")]
    [InlineData("?limit=ten")]
    public async Task List_BadLimit_Answers400(string query)
    {
        var result = await List().RunAsync(Requests.Get(query: query));

        Assert.Equal(400, Answers.Status(result));
    }

    [Fact]
    public async Task List_ContinuationTheStoreRejects_Answers400()
    {
        _region.Conversations.Setup(c => c.ListForUserAsync("alice", 50, "garbage", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidCursorException("continuation"));

        var result = await List().RunAsync(Requests.Get(query: "?continuation=garbage"));

        var problem = Assert.IsType<ValidationProblemDetails>(Answers.Problem(result));
        Assert.Contains("continuation", problem.Errors.Keys);
    }

    [Fact]
    public async Task List_AsksTheStoreForTheCallersConversationsOnly()
    {
        _region.Conversations.Setup(c => c.ListForUserAsync("alice", 10, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConversationPage([], "next-page"));

        var result = await List().RunAsync(Requests.Get(query: "?limit=10"));

        Assert.Equal(200, Answers.Status(result));
        _region.Conversations.Verify(c => c.ListForUserAsync(
                It.Is<string>(u => u != "alice"),
                It.IsAny<int>(),
                It.IsAny<string?>(),
                It.IsAny<CancellationToken>()),
            Times.Never);
    }

    public void Dispose() => _region.Dispose();

    private CreateConversationFunction Create() =>
        new(_region.Authentication, _region.ConversationService, NullLogger<CreateConversationFunction>.Instance);

    private GetConversationFunction Get() =>
        new(_region.Authentication, _region.Conversations.Object, NullLogger<GetConversationFunction>.Instance);

    private ListConversationsFunction List() =>
        new(_region.Authentication, _region.Conversations.Object, NullLogger<ListConversationsFunction>.Instance);

    private void VerifyNothingCreated() =>
        _region.Conversations.Verify(
            c => c.CreateAsync(It.IsAny<Conversation>(), It.IsAny<CancellationToken>()), Times.Never);
}
