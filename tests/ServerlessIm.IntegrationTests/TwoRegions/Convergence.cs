using ServerlessIm.IntegrationTests.LocalRunner;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>
/// What replication promises: every message stored once in each region, one seq order shared by both regions, and
/// each sender's messages in the order its device sent them.
/// </summary>
internal static class Convergence
{
    /// <returns>How many stored messages were checked, over both regions.</returns>
    public static async Task<int> AwaitAndVerifyAsync(
        ChatWorkload workload,
        RegionReplica first,
        RegionReplica second,
        TimeSpan deadline)
    {
        await Eventually.TrueAsync(
            async () => await first.CatchUpAsync() & await second.CatchUpAsync(),
            deadline,
            $"both regions hold all {workload.SentCount} messages",
            TimeSpan.FromMilliseconds(500));

        // Read everything again from seq 1, so the checks see each region's history as a fresh client would.
        first.Clear();
        second.Clear();
        Assert.True(await first.CatchUpAsync() & await second.CatchUpAsync());

        foreach (var conversation in workload.Conversations)
        {
            var sent = workload.Sent.Where(m => m.ConversationId == conversation.Id).ToList();
            VerifyReplica(sent, first.Of(conversation.Id), first.Region);
            VerifyReplica(sent, second.Of(conversation.Id), second.Region);
            Assert.Equal(Order(first.Of(conversation.Id)), Order(second.Of(conversation.Id)));
        }

        return first.Count + second.Count;
    }

    private static void VerifyReplica(List<SentMessage> sent, IReadOnlyList<StoredMessage> stored, string region)
    {
        Assert.All(stored, static m => Assert.Equal("sequenced", m.Status));
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(static s => (long?)s), stored.Select(static m => m.Seq));

        var storedIds = stored.Select(static m => (m.SenderId, m.ClientMessageId)).ToList();
        Assert.True(storedIds.Count == storedIds.Distinct().Count(), $"{region} stored a message twice");
        Assert.Equal(
            sent.Select(static m => (m.SenderId, m.ClientMessageId)).Order(),
            storedIds.Order());

        foreach (var device in stored.GroupBy(static m => (m.SenderId, m.DeviceId)))
        {
            Assert.Equal(
                Enumerable.Range(1, device.Count()).Select(static n => (long)n),
                device.Select(static m => m.DeviceSeq));
        }
    }

    private static List<(long? Seq, string SenderId, string ClientMessageId)> Order(
        IReadOnlyList<StoredMessage> stored) =>
        stored.Select(static m => (m.Seq, m.SenderId, m.ClientMessageId)).ToList();
}
