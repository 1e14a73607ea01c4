using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core;
using ServerlessIm.Core.Replication;
using ServerlessIm.Functions.Replication;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class ApplyPeerEventsFunctionTests : IDisposable
{
    private readonly ReplicaHarness _replica = new();

    public ApplyPeerEventsFunctionTests() => _replica.HeadAt(3);

    [Fact]
    public async Task RunAsync_BatchOfEvents_AppliesThemInTopicOrder()
    {
        string[] batch = [Sequenced(4), Sequenced(5), Sequenced(6)];

        await Function().RunAsync(batch, CancellationToken.None);

        Assert.Equal(
            ["store:4", "notify:4", "store:5", "notify:5", "store:6", "notify:6"],
            _replica.Steps);
    }

    [Fact]
    public async Task RunAsync_RecordsAsTheHostWrapsThem_AppliesTheirValues()
    {
        string[] batch = [HostRecord(Sequenced(4), offset: 10), HostRecord(Sequenced(5), offset: 11)];

        await Function().RunAsync(batch, CancellationToken.None);

        Assert.Equal(5, _replica.Head?.Seq);
    }

    [Fact]
    public async Task RunAsync_MalformedRecords_SkipsThemAndAppliesTheRest()
    {
        string[] batch = ["{not json", "[1,2]", """{"type":"message.sequenced","version":1}""", Sequenced(4)];

        await Function().RunAsync(batch, CancellationToken.None);

        Assert.Equal(["store:4", "notify:4"], _replica.Steps);
    }

    [Fact]
    public async Task RunAsync_EventOfANewerVersion_SkipsIt()
    {
        const string Newer = """{"type":"message.sequenced","version":2,"eventId":"e","sourceRegion":"region-b"}""";

        await Function().RunAsync([Newer, Sequenced(4)], CancellationToken.None);

        Assert.Equal(4, _replica.Head?.Seq);
    }

    [Fact]
    public async Task RunAsync_StoreUnavailable_ThrowsSoTheBatchIsRetriedUncommitted()
    {
        _replica.Fake.Log
            .SetupSequence(l => l.ReadHeadAsync(ReplicaHarness.ConversationId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(_replica.Head)
            .ThrowsAsync(new StoreUnavailableException("throttled", new TimeoutException()));

        await Assert.ThrowsAsync<StoreUnavailableException>(
            () => Function().RunAsync([Sequenced(4), Sequenced(5), Sequenced(6)], CancellationToken.None));

        Assert.Equal(["store:4", "notify:4"], _replica.Steps);
    }

    [Fact]
    public void KafkaRecordValue_PlainValue_IsReturnedAsItIs()
    {
        var value = Sequenced(4);

        Assert.Equal(value, KafkaRecordValue.Of(value));
    }

    public void Dispose() => _replica.Dispose();

    private static string HostRecord(string value, long offset) =>
        JsonSerializer.Serialize(new
        {
            Offset = offset,
            Partition = 0,
            Topic = "serverlessim-region-b",
            Timestamp = "2026-01-01T00:00:00Z",
            Value = value,
            Key = ReplicaHarness.ConversationId,
            Headers = Array.Empty<object>(),
        });

    private ApplyPeerEventsFunction Function() =>
        new(_replica.Receiver, NullLogger<ApplyPeerEventsFunction>.Instance);

    private string Sequenced(long seq) =>
        ReplicationEventJson.Serialize(
            ReplicationEvent.Sequenced(_replica.Sequenced(seq), ReplicaHarness.Home, _replica.Fake.Clock.GetUtcNow()));
}
