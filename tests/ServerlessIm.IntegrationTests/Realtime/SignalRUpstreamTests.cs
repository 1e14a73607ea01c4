using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Moq;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.IntegrationTests.Realtime;

/// <summary>The upstream function over real HTTP, as the SignalR Service calls it.</summary>
public sealed class SignalRUpstreamTests : IAsyncLifetime, IDisposable
{
    private const string Route = "/api/signalr/upstream/chat/messages/sendMessage";
    private const string ConnectionId = "connection-1";
    private const string Invocation =
        """{"type":1,"invocationId":"1","target":"sendMessage","arguments":["c1","""
        + """{"clientMessageId":"m-1","deviceId":"phone","deviceSeq":1,"body":"hello"}]}""";

    private readonly MoqRegion _region = new();
    private readonly Mock<IRealtimeNotifier> _notifier = new();
    private readonly string _accessKey = NewKey();
    private UpstreamHost _host = null!;

    public async Task InitializeAsync()
    {
        var options = new SignalROptions { AccessKey = _accessKey };
        _host = await UpstreamHost.StartAsync(options, _region.Sends(_notifier.Object));
    }

    [Fact]
    public async Task Post_SignedSendMessage_StoresTheMessageAndCompletesWithIt()
    {
        var signature = UpstreamSignature.Sign(ConnectionId, NewKey(), _accessKey);

        using var response = await PostAsync(Route, Invocation, signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\u001e", text, StringComparison.Ordinal);
        using var completion = JsonDocument.Parse(text.TrimEnd('\u001e'));
        Assert.Equal(3, completion.RootElement.GetProperty("type").GetInt32());
        Assert.Equal("1", completion.RootElement.GetProperty("invocationId").GetString());
        var result = completion.RootElement.GetProperty("result");
        Assert.Equal("sequenced", result.GetProperty("status").GetString());
        Assert.Equal(1, result.GetProperty("seq").GetInt64());
        var stored = Assert.Single(_region.Stored);
        Assert.Equal(("alice", "m-1", "hello", 1L), (stored.SenderId, stored.ClientMessageId, stored.Body, stored.Seq));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("wrong")]
    [InlineData("other-key")]
    public async Task Post_WithoutOurSignature_Answers401AndStoresNothing(string kind)
    {
        var signature = kind switch
        {
            "missing" => null,
            "wrong" => "sha256=" + new string('0', 64),
            _ => UpstreamSignature.Sign(ConnectionId, NewKey()),
        };

        using var response = await PostAsync(Route, Invocation, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_region.Stored);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":1,"invocationId":"1","target":"sendMessage","arguments":["c1"]}""")]
    [InlineData("""{"type":1,"invocationId":"1","target":"sendMessage","arguments":["c1",{"deviceSeq":[]}]}""")]
    public async Task Post_MalformedInvocation_Answers400AndStoresNothing(string body)
    {
        using var response = await PostAsync(Route, body, UpstreamSignature.Sign(ConnectionId, _accessKey));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_region.Stored);
    }

    [Fact]
    public async Task Post_ConnectedEvent_Answers200()
    {
        var signature = UpstreamSignature.Sign(ConnectionId, _accessKey);

        using var response = await PostAsync("/api/signalr/upstream/chat/connections/connected", "{}", signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _region.Dispose();

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(UpstreamHeaders.ConnectionId, ConnectionId);
        request.Headers.Add(UpstreamHeaders.UserId, "alice");
        if (signature is not null)
        {
            request.Headers.Add(UpstreamHeaders.Signature, signature);
        }

        return await _host.Client.SendAsync(request);
    }
}
