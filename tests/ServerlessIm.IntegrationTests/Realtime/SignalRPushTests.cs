using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServerlessIm.Core.Messages;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.IntegrationTests.Realtime;

/// <summary>Pushes reach a SignalR Service stand-in over real HTTP, and never hold up a send.</summary>
public sealed class SignalRPushTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly MoqRegion _region = new();
    private FakeSignalRService _service = null!;
    private PushHost _host = null!;

    public async Task InitializeAsync()
    {
        _service = await FakeSignalRService.StartAsync();
        _host = await PushHost.StartAsync(_service.Endpoint);
    }

    [Fact]
    public async Task SendAsync_SequencedMessage_PushesToEachMemberWithATokenForThatUrl()
    {
        var outcome = await _region.Sends(_host.Notifier).SendAsync(
            "alice", MoqRegion.ConversationId, new SendRequest("m-1", "phone", 1, "hello"), CancellationToken.None);

        await UntilAsync(() => _host.Metrics.Sent == 2);
        var sequenced = Assert.IsType<SendOutcome.Sequenced>(outcome);
        var calls = _service.Calls.OrderBy(static c => c.Url, StringComparer.Ordinal).ToList();
        Assert.Equal([Expected("alice"), Expected("bob")], calls.Select(static c => c.Url));
        foreach (var call in calls)
        {
            await AssertTokenForAsync(call);
            using var body = JsonDocument.Parse(call.Body);
            Assert.Equal(ChatHubContract.MessageMethod, body.RootElement.GetProperty("target").GetString());
            var pushed = body.RootElement.GetProperty("arguments")[0].Deserialize<MessageView>(Web);
            Assert.Equal(MessageView.From(sequenced.Message), pushed);
        }
    }

    [Fact]
    public async Task MessageStored_ServiceAnswers503Twice_RetriesUntilAccepted()
    {
        _service.AnswerNext(503, 503, 202);

        _host.Notifier.MessageStored(["bob"], Message());

        await UntilAsync(() => _host.Metrics.Sent == 1);
        Assert.Equal(3, _service.Calls.Count);
        Assert.Equal(Enumerable.Repeat(Expected("bob"), 3), _service.Calls.Select(static c => c.Url));
        Assert.Equal(0, _host.Metrics.Failed);
        foreach (var call in _service.Calls)
        {
            await AssertTokenForAsync(call);
        }
    }

    [Fact]
    public async Task SendAsync_ServiceKeepsFailing_SendReturnsAndThePushIsDropped()
    {
        _service.DefaultStatus = 503;
        _service.Holding = true;
        var sends = _region.Sends(_host.Notifier);
        await sends.SendAsync(
            "alice", MoqRegion.ConversationId, new SendRequest("m-1", "phone", 1, "one"), CancellationToken.None);
        await UntilAsync(() => _service.Calls.Count > 0);

        var second = await sends.SendAsync(
            "alice", MoqRegion.ConversationId, new SendRequest("m-2", "laptop", 1, "two"), CancellationToken.None);

        Assert.IsType<SendOutcome.Sequenced>(second);
        Assert.Equal(0, _service.Answered);
        Assert.Equal(2, _region.Stored.Count);
        _service.Release();
        await UntilAsync(() => _host.Metrics.Failed == 4);
        Assert.Equal(0, _host.Metrics.Sent);
        Assert.Equal(4 * PushHost.Attempts, _service.Calls.Count);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _service.DisposeAsync();
    }

    public void Dispose() => _region.Dispose();

    private string Expected(string userId) =>
        $"{_service.Endpoint.AbsoluteUri.TrimEnd('/')}/api/hubs/chat/users/{userId}/:send?api-version=2022-11-01";

    private async Task AssertTokenForAsync(ServiceCall call)
    {
        Assert.NotNull(call.BearerToken);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(
            call.BearerToken,
            new TokenValidationParameters
            {
                ValidAudience = call.Url,
                ValidateIssuer = false,
                RequireExpirationTime = true,
                IssuerSigningKey = AccessKeyTokens.SigningKey(_host.AccessKey),
            });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var expires = new JsonWebToken(call.BearerToken).ValidTo;
        Assert.InRange(expires, DateTime.UtcNow, DateTime.UtcNow + AccessKeyTokens.RestApiLifetime);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!condition())
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    private static Message Message() =>
        new(MoqRegion.ConversationId, 1, 1, MoqRegion.RegionName, "alice", "phone", 1, "m-1", "hello",
            MoqRegion.RegionName, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
