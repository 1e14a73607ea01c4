using System.Text;
using Moq;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Validation;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.SingleRegion;

[Collection(CosmosTests.Name)]
public sealed class SendMessageTests(CosmosServerFixture cosmos) : RegionTest(cosmos)
{
    private string _conversationId = "";

    protected override async Task ArrangeAsync()
    {
        _conversationId = await CreateConversationAsync("alice", "bob");
        await Api.SendAsync(Region.TokenFor("alice"), _conversationId, "first", deviceSeq: 1);
    }

    [Fact]
    public async Task RunAsync_NextDeviceSeq_Answers201WithTheNextSeqAndPublishesIt()
    {
        var answer = await Api.SendAsync(Region.TokenFor("bob"), _conversationId, "hi", deviceSeq: 1);

        Assert.Equal(201, answer.Status);
        Assert.Equal(2, answer.Number("seq"));
        Assert.Equal("sequenced", answer.Text("status"));
        Region.Publisher.Verify(
            p => p.PublishAsync(
                It.Is<ReplicationEvent>(e => e.Type == EventTypes.MessageSequenced), It.IsAny<CancellationToken>()),
            Times.Exactly(2));
    }

    [Fact]
    public async Task RunAsync_RepeatedRequest_Answers200WithTheSameSeqAndChangesNothing()
    {
        var before = await SnapshotAsync();

        var answer = await Api.SendAsync(Region.TokenFor("alice"), _conversationId, "first", deviceSeq: 1);

        Assert.Equal(200, answer.Status);
        Assert.Equal(1, answer.Number("seq"));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("no token", 401, ProblemTypes.Unauthenticated)]
    [InlineData("expired token", 401, ProblemTypes.Unauthenticated)]
    [InlineData("forged token", 401, ProblemTypes.Unauthenticated)]
    [InlineData("not a member", 403, ProblemTypes.NotAMember)]
    [InlineData("unknown conversation", 404, ProblemTypes.ConversationNotFound)]
    [InlineData("malformed json", 400, ProblemTypes.InvalidRequest)]
    [InlineData("oversized body", 413, ProblemTypes.PayloadTooLarge)]
    [InlineData("device seq jump", 409, ProblemTypes.DeviceSeqAhead)]
    public async Task RunAsync_RefusedRequest_AnswersProblemAndChangesNothing(string refusal, int status, string type)
    {
        var before = await SnapshotAsync();

        var answer = await SendRefusedAsync(refusal);

        Assert.Equal(status, answer.Status);
        Assert.True(answer.IsProblem, answer.ContentType);
        Assert.Equal(type, answer.ProblemType);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task RunAsync_DeviceSeqJump_TellsTheExpectedDeviceSeq()
    {
        var answer = await Api.SendAsync(Region.TokenFor("alice"), _conversationId, "third", deviceSeq: 3);

        Assert.Equal(409, answer.Status);
        Assert.Equal(2, answer.Number("expectedDeviceSeq"));
    }

    private Task<HttpAnswer> SendRefusedAsync(string refusal)
    {
        var alice = Region.TokenFor("alice");
        return refusal switch
        {
            "no token" => Api.SendAsync(null, _conversationId, "m-2", 2),
            "expired token" => Api.SendAsync(Region.ExpiredTokenFor("alice"), _conversationId, "m-2", 2),
            "forged token" => Api.SendAsync(Region.ForgedTokenFor("alice"), _conversationId, "m-2", 2),
            "not a member" => Api.SendAsync(Region.TokenFor("mallory"), _conversationId, "m-1", 1),
            "unknown conversation" => Api.SendAsync(alice, Samples.NewConversationId(), "m-1", 1),
            "malformed json" => Api.SendAsync(HttpCalls.Post(alice, """{"clientMessageId":"m-2","""), _conversationId),
            "oversized body" => Api.SendAsync(HttpCalls.Post(alice, Oversized()), _conversationId),
            "device seq jump" => Api.SendAsync(alice, _conversationId, "m-3", 3),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
    }

    private static byte[] Oversized()
    {
        var body = new string('x', Limits.MaxRequestBytes);
        return Encoding.UTF8.GetBytes(
            $$"""{"clientMessageId":"m-2","deviceId":"phone","deviceSeq":2,"body":"{{body}}"}""");
    }
}
