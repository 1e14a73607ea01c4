using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Realtime;
using ServerlessIm.Infrastructure.Realtime;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Realtime;

public sealed class SignalRUpstreamFunctionTests : IDisposable
{
    private const string ConversationId = "c1";
    private const string ValidFields = """{"clientMessageId":"m-1","deviceId":"phone","deviceSeq":1,"body":"hello"}""";

    private readonly FakeRegion _region = new();
    private readonly SignalROptions _options = new() { AccessKey = ServiceKeys.NewKey() };

    public SignalRUpstreamFunctionTests()
    {
        _region.HasConversation(ConversationId, FakeRegion.RegionName, "alice", "bob");
        _region.Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"type":3,"invocationId":"7","result":1}""")]
    [InlineData("""{"type":"1","target":"sendMessage","arguments":[]}""")]
    [InlineData("""{"type":1,"arguments":["c1",{}]}""")]
    [InlineData("""{"type":1,"target":"sendMessage","arguments":["c1"]}""")]
    [InlineData("""{"type":1,"target":"sendMessage","arguments":[1,{}]}""")]
    [InlineData("""{"type":1,"target":"sendMessage","arguments":["c1","hello"]}""")]
    [InlineData("""{"type":1,"target":"sendMessage","arguments":["c1",{"deviceSeq":"one"}]}""")]
    [InlineData("""{"type":1,"invocationId":7,"target":"sendMessage","arguments":["c1",{}]}""")]
    [InlineData("""{"type":1,"target":"broadcast","arguments":["c1",{}]}""")]
    public async Task RunAsync_MalformedInvocation_Answers400AndStoresNothing(string body)
    {
        var result = await RunAsync(UpstreamCalls.Post(body, Signature()));

        Assert.Equal(400, Answers.Status(result));
        Assert.Equal(ProblemTypes.InvalidRequest, Answers.Problem(result).Type);
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_MessagePackProtocol_Answers415()
    {
        var request = UpstreamCalls.Post("\u0001", Signature(), contentType: "application/x-msgpack");

        var result = await RunAsync(request);

        Assert.Equal(415, Answers.Status(result));
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_BodyOverTheLimit_Answers413()
    {
        var huge = UpstreamCalls.SendMessage(ConversationId, $$"""{"body":"{{new string('x', 70_000)}}"}""");

        var result = await RunAsync(UpstreamCalls.Post(huge, Signature()));

        Assert.Equal(413, Answers.Status(result));
        VerifyNothingStored();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=00")]
    public async Task RunAsync_WithoutValidSignature_Answers401AndStoresNothing(string? signature)
    {
        var request = UpstreamCalls.Post(UpstreamCalls.SendMessage(ConversationId, ValidFields), signature);

        var result = await RunAsync(request);

        Assert.Equal(401, Answers.Status(result));
        Assert.Equal(ProblemTypes.Unauthenticated, Answers.Problem(result).Type);
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_SignedWithAnotherKey_Answers401()
    {
        var signature = ServiceKeys.SignatureEntry(UpstreamCalls.ConnectionId, ServiceKeys.NewKey());
        var request = UpstreamCalls.Post(UpstreamCalls.SendMessage(ConversationId, ValidFields), signature);

        var result = await RunAsync(request);

        Assert.Equal(401, Answers.Status(result));
        VerifyNothingStored();
    }

    [Theory]
    [InlineData("connected")]
    [InlineData("disconnected")]
    public async Task RunAsync_ConnectionEvent_Answers200(string connectionEvent)
    {
        var request = UpstreamCalls.Post("""{"type":1}""", Signature());

        var result = await Function().RunAsync(request, "chat", "connections", connectionEvent);

        Assert.Equal(200, Answers.Status(result));
    }

    [Fact]
    public async Task RunAsync_OtherHub_Answers400()
    {
        var request = UpstreamCalls.Post(UpstreamCalls.SendMessage(ConversationId, ValidFields), Signature());

        var result = await Function().RunAsync(request, "other", "messages", "sendMessage");

        Assert.Equal(400, Answers.Status(result));
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_ValidSendMessage_CompletesWithTheSequencedMessage()
    {
        var request = UpstreamCalls.Post(UpstreamCalls.SendMessage(ConversationId, ValidFields), Signature());

        var completion = Completion(await RunAsync(request));

        Assert.Equal(3, completion.GetProperty("type").GetInt32());
        Assert.Equal("7", completion.GetProperty("invocationId").GetString());
        var message = completion.GetProperty("result");
        Assert.Equal("sequenced", message.GetProperty("status").GetString());
        Assert.Equal(1, message.GetProperty("seq").GetInt64());
        Assert.Equal("alice", message.GetProperty("senderId").GetString());
        Assert.False(completion.TryGetProperty("error", out _));
        _region.Log.Verify(
            l => l.StoreMessageAsync(
                It.Is<Message>(m => m.Body == "hello" && m.SenderId == "alice"), true, It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task RunAsync_InvalidFields_CompletesWithTheHttpValidationProblem()
    {
        var fields = """{"clientMessageId":"m 1","deviceId":"phone","deviceSeq":0,"body":""}""";
        var request = UpstreamCalls.Post(UpstreamCalls.SendMessage(ConversationId, fields), Signature());

        var problem = CompletionError(await RunAsync(request));

        Assert.Equal(ProblemTypes.InvalidRequest, problem.GetProperty("type").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("clientMessageId", out _));
        Assert.True(errors.TryGetProperty("deviceSeq", out _));
        Assert.True(errors.TryGetProperty("body", out _));
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_SenderNotAMember_CompletesWithNotAMemberProblem()
    {
        var request = UpstreamCalls.Post(
            UpstreamCalls.SendMessage(ConversationId, ValidFields), Signature(), userId: "mallory");

        var problem = CompletionError(await RunAsync(request));

        Assert.Equal(ProblemTypes.NotAMember, problem.GetProperty("type").GetString());
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_ConnectionWithoutUser_CompletesWithUnauthenticatedProblem()
    {
        var request = UpstreamCalls.Post(
            UpstreamCalls.SendMessage(ConversationId, ValidFields), Signature(), userId: "");

        var problem = CompletionError(await RunAsync(request));

        Assert.Equal(ProblemTypes.Unauthenticated, problem.GetProperty("type").GetString());
        VerifyNothingStored();
    }

    [Fact]
    public async Task RunAsync_DeviceSkipsAhead_CompletesWithExpectedDeviceSeq()
    {
        var fields = """{"clientMessageId":"m-3","deviceId":"phone","deviceSeq":3,"body":"hello"}""";
        var request = UpstreamCalls.Post(UpstreamCalls.SendMessage(ConversationId, fields), Signature());

        var problem = CompletionError(await RunAsync(request));

        Assert.Equal(ProblemTypes.DeviceSeqAhead, problem.GetProperty("type").GetString());
        Assert.Equal(1, problem.GetProperty("expectedDeviceSeq").GetInt64());
    }

    [Fact]
    public async Task RunAsync_NoInvocationId_Answers204AfterSending()
    {
        var body = """{"type":1,"target":"sendMessage","arguments":["c1",""" + ValidFields + "]}";

        var result = await RunAsync(UpstreamCalls.Post(body, Signature()));

        Assert.IsType<NoContentResult>(result);
        _region.Log.Verify(
            l => l.StoreMessageAsync(It.IsAny<Message>(), true, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_InvocationWithRecordSeparator_IsRead()
    {
        var body = UpstreamCalls.SendMessage(ConversationId, ValidFields) + "\u001e";

        var completion = Completion(await RunAsync(UpstreamCalls.Post(body, Signature())));

        Assert.Equal("sequenced", completion.GetProperty("result").GetProperty("status").GetString());
    }

    public void Dispose() => _region.Dispose();

    private SignalRUpstreamFunction Function() =>
        new(_options, _region.Sends, NullLogger<SignalRUpstreamFunction>.Instance);

    private Task<IActionResult> RunAsync(Microsoft.AspNetCore.Http.HttpRequest request) =>
        Function().RunAsync(request, "chat", "messages", "sendMessage");

    private string Signature() => ServiceKeys.SignatureEntry(UpstreamCalls.ConnectionId, _options.AccessKey!);

    private static JsonElement Completion(IActionResult result)
    {
        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(200, content.StatusCode);
        Assert.Equal("application/json", content.ContentType);
        Assert.EndsWith("\u001e", content.Content);
        return JsonDocument.Parse(content.Content!.TrimEnd('\u001e')).RootElement.Clone();
    }

    private static JsonElement CompletionError(IActionResult result)
    {
        var completion = Completion(result);
        Assert.False(completion.TryGetProperty("result", out _));
        return JsonDocument.Parse(completion.GetProperty("error").GetString()!).RootElement.Clone();
    }

    private void VerifyNothingStored()
    {
        _region.Log.Verify(
            l => l.StoreMessageAsync(It.IsAny<Message>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()),
            Times.Never);
        _region.Submissions.Verify(
            s => s.AcceptAsync(It.IsAny<Submission>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
