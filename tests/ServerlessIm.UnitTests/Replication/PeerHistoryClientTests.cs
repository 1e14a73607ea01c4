using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Moq.Protected;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Regions;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class PeerHistoryClientTests : IDisposable
{
    private readonly ReplicaHarness _replica = new();
    private readonly Mock<HttpMessageHandler> _peer = new();
    private readonly Mock<IPeerAccessToken> _token = new();
    private readonly List<HttpRequestMessage> _requests = [];
    private readonly RegionOptions _region = new()
    {
        Region = "region-a",
        PeerRegion = ReplicaHarness.Home,
        PeerBaseUrl = new Uri("https://peer.example"),
    };

    public PeerHistoryClientTests()
    {
        _token.Setup(t => t.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync("peer-token");
    }

    [Fact]
    public async Task ReadAsync_RangeSpanningPages_FollowsNextUntilTheLimitWithTheBearerToken()
    {
        Answer(
            Page(HttpStatusCode.OK, [_replica.Sequenced(4), _replica.Sequenced(5)], next: 5),
            Page(HttpStatusCode.OK, [_replica.Sequenced(6)], next: 6));

        var messages = await Client().ReadAsync(ReplicaHarness.Home, "c1", 3, 3, CancellationToken.None);

        Assert.Equal([4L, 5L, 6L], messages.Select(m => m.Seq));
        Assert.Equal(
            [
                "https://peer.example/api/replication/conversations/c1/messages?after=3&limit=3",
                "https://peer.example/api/replication/conversations/c1/messages?after=5&limit=1",
            ],
            _requests.Select(r => r.RequestUri!.AbsoluteUri));
        Assert.All(_requests, r => Assert.Equal("Bearer peer-token", r.Headers.Authorization?.ToString()));
    }

    [Fact]
    public async Task ReadAsync_PeerHasNoMore_StopsAtTheEmptyPage()
    {
        Answer(
            Page(HttpStatusCode.OK, [_replica.Sequenced(4)], next: 4),
            Page(HttpStatusCode.OK, [], next: 4));

        var messages = await Client().ReadAsync(ReplicaHarness.Home, "c1", 3, 10, CancellationToken.None);

        Assert.Equal([4L], messages.Select(m => m.Seq));
        Assert.Equal(2, _requests.Count);
    }

    [Fact]
    public async Task ReadAsync_PeerRefuses_ThrowsWithItsStatus()
    {
        Answer(Page(HttpStatusCode.Forbidden, [], next: 0));

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => Client().ReadAsync(ReplicaHarness.Home, "c1", 3, 2, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    public void Dispose()
    {
        _replica.Dispose();
        foreach (var request in _requests)
        {
            request.Dispose();
        }
    }

    private PeerHistoryClient Client() =>
        new(new HttpClient(_peer.Object), _token.Object, _region, NullLogger<PeerHistoryClient>.Instance);

    private void Answer(params HttpResponseMessage[] responses)
    {
        var queue = new Queue<HttpResponseMessage>(responses);
        _peer.Protected()
            .Setup<Task<HttpResponseMessage>>(
                "SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .Callback((HttpRequestMessage request, CancellationToken _) => _requests.Add(request))
            .ReturnsAsync(() => queue.Dequeue());
    }

    private static HttpResponseMessage Page(HttpStatusCode status, IReadOnlyList<Message> messages, long next) =>
        new(status)
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new PeerMessagePage(messages, next), ReplicationEventJson.Options)),
        };
}
