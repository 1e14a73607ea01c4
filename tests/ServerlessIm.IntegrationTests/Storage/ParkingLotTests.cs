using ServerlessIm.Core.Replication;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.Storage;

[Collection(CosmosTests.Name)]
public sealed class ParkingLotTests(CosmosServerFixture cosmos) : StoresTest(cosmos)
{
    [Fact]
    public async Task FindAsync_ParkedMessage_IsFoundUntilRemoved()
    {
        var conversationId = Samples.NewConversationId();
        var parked = Samples.Message(conversationId, 7, sequencedBy: Samples.PeerRegion);
        await Stores.Parking.ParkAsync(parked, Samples.Time, default);

        var found = await Stores.Parking.FindAsync(conversationId, 7, default);
        var otherSeq = await Stores.Parking.FindAsync(conversationId, 6, default);
        await Stores.Parking.RemoveAsync(conversationId, 7, default);
        await Stores.Parking.RemoveAsync(conversationId, 7, default);
        var removed = await Stores.Parking.FindAsync(conversationId, 7, default);

        Assert.Equal(parked, found);
        Assert.Null(otherSeq);
        Assert.Null(removed);
    }

    [Fact]
    public async Task ParkAsync_SameSeqOfAnotherEpoch_KeepsTheHigherEpoch()
    {
        var conversationId = Samples.NewConversationId();
        var older = Samples.Message(conversationId, 5, clientMessageId: "old", epoch: 1);
        var newer = Samples.Message(conversationId, 5, clientMessageId: "new", epoch: 2);

        await Stores.Parking.ParkAsync(older, Samples.Time, default);
        await Stores.Parking.ParkAsync(newer, Samples.Time, default);
        await Stores.Parking.ParkAsync(older, Samples.Time, default);

        Assert.Equal(newer, await Stores.Parking.FindAsync(conversationId, 5, default));
    }

    [Fact]
    public async Task ListOverdueAsync_ParkedAtDifferentTimes_ListsLowestOverdueSeqPerConversation()
    {
        var behind = Samples.NewConversationId();
        var recent = Samples.NewConversationId();
        foreach (var seq in new[] { 9, 5, 7 })
        {
            await Stores.Parking.ParkAsync(Samples.Message(behind, seq), Samples.Time, default);
        }

        await Stores.Parking.ParkAsync(Samples.Message(recent, 3), Samples.Time.AddMinutes(1), default);

        var overdue = await Stores.Parking.ListOverdueAsync(Samples.Time.AddSeconds(30), default);

        Assert.Equal([new ParkedGap(behind, 5)], overdue);
    }
}
