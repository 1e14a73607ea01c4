using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Replication;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Infrastructure.Replication;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Replication;

public sealed class ListPeerMessagesFunctionTests : IDisposable
{
    private const string PeerToken = "peer-token";

    private readonly ReplicaHarness _region = new();

    public ListPeerMessagesFunctionTests()
    {
        var peer = new Caller("region-b", new HashSet<string> { AuthOptions.ReplicationRole });
        _region.Fake.Tokens.Setup(t => t.ValidateAsync(PeerToken, It.IsAny<CancellationToken>()))
            .ReturnsAsync(TokenValidation.Valid(peer));
    }

    [Fact]
    public async Task RunAsync_MemberWithoutTheReplicationRole_Answers403Problem()
    {
        var result = await Function().RunAsync(Requests.Get(Requests.ValidToken), ReplicaHarness.ConversationId);

        Assert.Equal(403, Answers.Status(result));
        Assert.Equal(ProblemTypes.Forbidden, Answers.Problem(result).Type);
    }

    [Fact]
    public async Task RunAsync_NoToken_Answers401Problem()
    {
        var result = await Function().RunAsync(Requests.Get(token: null), ReplicaHarness.ConversationId);

        Assert.Equal(401, Answers.Status(result));
    }

    [Fact]
    public async Task RunAsync_ReplicationPeer_AnswersStoredMessagesInTheEventPayloadForm()
    {
        IReadOnlyList<Message> stored = [_region.Sequenced(4), _region.Sequenced(5)];
        _region.Fake.Log
            .Setup(l => l.ReadMessagesAsync(ReplicaHarness.ConversationId, 3, 2, It.IsAny<CancellationToken>()))
            .ReturnsAsync(stored);

        var request = Requests.Get(PeerToken, "?after=3&limit=2");

        var result = await Function().RunAsync(request, ReplicaHarness.ConversationId);

        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(200, content.StatusCode);
        var page = JsonSerializer.Deserialize<PeerMessagePage>(content.Content!, ReplicationEventJson.Options)!;
        Assert.Equal(stored, page.Messages);
        Assert.Equal(5, page.Next);
    }

    [Fact]
    public async Task RunAsync_NothingAfterTheCursor_AnswersAnEmptyPageThatStaysAtTheCursor()
    {
        _region.Fake.Log
            .Setup(l => l.ReadMessagesAsync(ReplicaHarness.ConversationId, 9, 50, It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);

        var result = await Function().RunAsync(Requests.Get(PeerToken, "?after=9"), ReplicaHarness.ConversationId);

        var page = JsonSerializer.Deserialize<PeerMessagePage>(
            Assert.IsType<ContentResult>(result).Content!, ReplicationEventJson.Options)!;
        Assert.Empty(page.Messages);
        Assert.Equal(9, page.Next);
    }

    [Theory]
    [InlineData("?after=-1", "after")]
    [InlineData("?limit=0", "limit")]
    public async Task RunAsync_BadCursor_Answers400Problem(string query, string field)
    {
        var result = await Function().RunAsync(Requests.Get(PeerToken, query), ReplicaHarness.ConversationId);

        Assert.Equal(400, Answers.Status(result));
        Assert.Contains(field, Assert.IsType<ValidationProblemDetails>(Answers.Problem(result)).Errors.Keys);
    }

    public void Dispose() => _region.Dispose();

    private ListPeerMessagesFunction Function() =>
        new(_region.Fake.Authentication, _region.Fake.Log.Object, NullLogger<ListPeerMessagesFunction>.Instance);
}
