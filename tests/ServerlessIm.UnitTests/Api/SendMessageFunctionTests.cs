using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Api.Messages;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Api;

public sealed class SendMessageFunctionTests : IDisposable
{
    private const string ConversationId = "c1";
    private const string ValidBody =
        """{"clientMessageId":"m-1","deviceId":"phone","deviceSeq":1,"body":"hello"}""";

    private readonly FakeRegion _region = new();

    public SendMessageFunctionTests()
    {
        _region.HasConversation(ConversationId, FakeRegion.RegionName, "alice", "bob");
        _region.Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
    }

    [Fact]
    public async Task RunAsync_WithoutToken_Answers401AndStoresNothing()
    {
        var request = Requests.Post(ValidBody, token: null);

        var result = await Function().RunAsync(request, ConversationId);

        Assert.Equal(401, Answers.Status(result));
        Assert.Equal(ProblemTypes.Unauthenticated, Answers.Problem(result).Type);
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_WithRejectedToken_Answers401()
    {
        var request = Requests.Post(ValidBody, token: "forged");

        var result = await Function().RunAsync(request, ConversationId);

        Assert.Equal(401, Answers.Status(result));
        VerifyNothingStored();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"clientMessageId":"m-1","deviceSeq":"one"}""")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task RunAsync_MalformedJson_Answers400AndStoresNothing(string json)
    {
        var result = await Function().RunAsync(Requests.Post(json), ConversationId);

        Assert.Equal(400, Answers.Status(result));
        Assert.Equal(ProblemTypes.InvalidRequest, Answers.Problem(result).Type);
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_NotJsonContentType_Answers415()
    {
        var result = await Function().RunAsync(Requests.Post(ValidBody, contentType: "text/plain"), ConversationId);

        Assert.Equal(415, Answers.Status(result));
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_BodyOverRequestLimit_Answers413()
    {
        var body = new string('x', 70_000);
        var huge = $$"""{"clientMessageId":"m-1","deviceId":"phone","deviceSeq":1,"body":"{{body}}"}""";

        var result = await Function().RunAsync(Requests.Post(huge), ConversationId);

        Assert.Equal(413, Answers.Status(result));
        Assert.Equal(ProblemTypes.PayloadTooLarge, Answers.Problem(result).Type);
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_InvalidFields_Answers400NamingEachField()
    {
        var json = $$"""{"clientMessageId":"a/b","deviceId":"","deviceSeq":0,"body":"{{new string('x', 4001)}}"}""";

        var result = await Function().RunAsync(Requests.Post(json), ConversationId);

        var problem = Assert.IsType<ValidationProblemDetails>(Answers.Problem(result));
        Assert.Equal(["body", "clientMessageId", "deviceId", "deviceSeq"], problem.Errors.Keys.Order().ToArray());
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_NonMember_Answers403AndStoresNothing()
    {
        _region.HasConversation("c2", FakeRegion.RegionName, "bob", "carol");

        var result = await Function().RunAsync(Requests.Post(ValidBody), "c2");

        Assert.Equal(403, Answers.Status(result));
        Assert.Equal(ProblemTypes.NotAMember, Answers.Problem(result).Type);
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_UnknownConversation_Answers404()
    {
        var result = await Function().RunAsync(Requests.Post(ValidBody), "missing");

        Assert.Equal(404, Answers.Status(result));
        Assert.Equal(ProblemTypes.ConversationNotFound, Answers.Problem(result).Type);
    }

    [Fact]
    public async Task RunAsync_ConversationIdWithBadCharacters_Answers400()
    {
        var result = await Function().RunAsync(Requests.Post(ValidBody), "c 1");

        Assert.Equal(400, Answers.Status(result));
    }

    [Fact]
    public async Task RunAsync_HomedHere_Answers201WithSeqAndPublishes()
    {
        var result = await Function().RunAsync(Requests.Post(ValidBody), ConversationId);

        Assert.Equal(201, Answers.Status(result));
        var view = Answers.Value<MessageView>(result);
        Assert.Equal((1L, 1L, MessageView.SequencedStatus), (view.Seq!.Value, view.Epoch!.Value, view.Status));
        _region.Publisher.Verify(
            p => p.PublishAsync(
                It.Is<ReplicationEvent>(e => e.Type == EventTypes.MessageSequenced && e.Message!.Seq == 1),
                It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task RunAsync_DeviceSeqJumpsAhead_Answers409WithExpectedValue()
    {
        var json = """{"clientMessageId":"m-3","deviceId":"phone","deviceSeq":3,"body":"hello"}""";

        var result = await Function().RunAsync(Requests.Post(json), ConversationId);

        Assert.Equal(409, Answers.Status(result));
        var problem = Answers.Problem(result);
        Assert.Equal(ProblemTypes.DeviceSeqAhead, problem.Type);
        Assert.Equal(1L, problem.Extensions["expectedDeviceSeq"]);
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_StoreUnavailable_Answers503WithRetryAfter()
    {
        _region.Log.Setup(l => l.ReadHeadAsync(ConversationId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("throttled", new TimeoutException())
            {
                RetryAfter = TimeSpan.FromSeconds(3),
            });

        var result = await Function().RunAsync(Requests.Post(ValidBody), ConversationId);

        var retry = Assert.IsType<RetryLaterResult>(result);
        Assert.Equal(503, Answers.Status(result));
        Assert.Equal(TimeSpan.FromSeconds(3), retry.RetryAfter);
        Assert.Equal(ProblemTypes.Unavailable, Answers.Problem(result).Type);
    }

    [Fact]
    public async Task RunAsync_HomedInPeer_StoresSubmissionAndAnswers202Pending()
    {
        _region.HasConversation("c3", "region-b", "alice", "bob");
        _region.Submissions.Setup(s => s.AcceptAsync(It.IsAny<Submission>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Submission s, CancellationToken _) => s);

        var result = await Function().RunAsync(Requests.Post(ValidBody), "c3");

        Assert.Equal(202, Answers.Status(result));
        var view = Answers.Value<MessageView>(result);
        Assert.Equal((MessageView.PendingStatus, "region-b", (long?)null), (view.Status, view.HomeRegion, view.Seq));
        _region.Publisher.Verify(
            p => p.PublishAsync(
                It.Is<ReplicationEvent>(e => e.Type == EventTypes.MessageSubmitted), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    public void Dispose() => _region.Dispose();

    private SendMessageFunction Function() =>
        new(_region.Authentication, _region.Sends, NullLogger<SendMessageFunction>.Instance);

    private void VerifyNothingStored()
    {
        _region.Log.Verify(
            l => l.StoreMessageAsync(It.IsAny<Message>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()),
            Times.Never);
        _region.Log.Verify(
            l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()), Times.Never);
        _region.Submissions.Verify(
            s => s.AcceptAsync(It.IsAny<Submission>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
