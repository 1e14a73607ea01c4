using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.Storage;

[Collection(CosmosTests.Name)]
public sealed class SequencerOnCosmosTests(CosmosServerFixture cosmos) : StoresTest(cosmos)
{
    [Fact]
    public async Task SequenceAsync_EightConcurrentWriters_NumbersEveryMessageOnceWithoutHolesInDeviceOrder()
    {
        var conversationId = Samples.NewConversationId();
        using var gate = new StripedGate();
        var sequencer = new Sequencer(Stores.Log, gate, TimeProvider.System);

        var writers = Enumerable.Range(0, 8)
            .Select(w => Task.Run(() => SendAllAsync([sequencer], conversationId, $"user-{w}", 200)))
            .ToArray();
        await Task.WhenAll(writers);

        await AssertSequencedAsync(conversationId, writers: 8, perWriter: 200);
    }

    [Fact]
    public async Task SequenceAsync_WritersInTwoProcesses_LoseRacesByETagAndStillNumberEveryMessageOnce()
    {
        var conversationId = Samples.NewConversationId();

        // Two gates stand for two processes: within one, writers queue; between them, only ETags decide.
        using var firstProcess = new StripedGate();
        using var secondProcess = new StripedGate();
        var log = new RaceCountingLog(Stores.Log);
        var sequencers = new[] { firstProcess, secondProcess }
            .Select(gate => new Sequencer(log, gate, TimeProvider.System))
            .ToArray();

        var writers = Enumerable.Range(0, 4)
            .Select(w => Task.Run(() => SendAllAsync(sequencers, conversationId, $"user-{w}", 50)))
            .ToArray();
        await Task.WhenAll(writers);

        Assert.True(log.RacesLost > 0, "the two processes never raced for the head");
        await AssertSequencedAsync(conversationId, writers: 4, perWriter: 50);
    }

    /// <summary>Sends in device order, each through the next process, retrying when the head stayed busy.</summary>
    private static async Task SendAllAsync(
        Sequencer[] processes,
        string conversationId,
        string senderId,
        int count)
    {
        for (var deviceSeq = 1; deviceSeq <= count; deviceSeq++)
        {
            var submission = new Submission(
                conversationId, senderId, "phone", deviceSeq, $"m-{deviceSeq}", "hello", Samples.Region, Samples.Time);
            var outcome = await SequenceRetryingAsync(processes[deviceSeq % processes.Length], submission);
            Assert.True(
                outcome is SequenceOutcome.Sequenced or SequenceOutcome.Duplicate,
                $"{senderId} #{deviceSeq}: {outcome}");
        }
    }

    /// <summary>What a client does on 503 busy: send the same submission again.</summary>
    private static async Task<SequenceOutcome> SequenceRetryingAsync(Sequencer sequencer, Submission submission)
    {
        while (true)
        {
            try
            {
                return await sequencer.SequenceAsync(submission, Samples.Region, epoch: 1, default);
            }
            catch (ContentionException)
            {
                // Another process kept winning the head; the same request is safe to repeat.
            }
        }
    }

    private async Task AssertSequencedAsync(string conversationId, int writers, int perWriter)
    {
        var stored = new List<Message>();
        while (await Stores.Log.ReadMessagesAsync(conversationId, stored.Count, 200, default) is { Count: > 0 } page)
        {
            stored.AddRange(page);
        }

        var head = await Stores.Log.ReadHeadAsync(conversationId, default);
        var total = writers * perWriter;
        Assert.Equal(Enumerable.Range(1, total).Select(static s => (long)s), stored.Select(static m => m.Seq));
        Assert.Equal(total, stored.Select(static m => (m.SenderId, m.ClientMessageId)).Distinct().Count());
        Assert.All(
            stored.GroupBy(static m => m.Device),
            device => Assert.Equal(
                Enumerable.Range(1, perWriter).Select(static s => (long)s),
                device.Select(static m => m.DeviceSeq)));
        Assert.Equal(total, head!.Seq);
    }
}
