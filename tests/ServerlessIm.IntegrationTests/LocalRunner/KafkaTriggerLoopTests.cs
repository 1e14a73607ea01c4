using Confluent.Kafka;
using ServerlessIm.Local.Emulators.Kafka;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>The local Kafka trigger keeps the host's contract: commit after success only, retry in place.</summary>
public sealed class KafkaTriggerLoopTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Run_FunctionFailsTwice_RetriesTheSameBatchThenCommitsIt()
    {
        await using var harness = new TriggerLoopHarness(failsOnCall: call => call <= 2);
        var events = await harness.ProduceAsync(10, key: "one-partition");

        await harness.StartAsync();
        await Eventually.TrueAsync(
            () => harness.Recorder.Applied.Count >= events.Count, Deadline, "all events applied");
        await Eventually.TrueAsync(() => harness.CommittedCount() == events.Count, Deadline, "all offsets committed");

        var calls = harness.Recorder.Calls;
        Assert.Equal(calls[0], calls[1]);
        Assert.Equal(calls[0], calls[2]);
        Assert.Equal(events.Order(StringComparer.Ordinal), harness.Recorder.Applied.Order(StringComparer.Ordinal));
        Assert.Equal(2, harness.Statistics.Retries);
    }

    [Fact]
    public async Task Run_FunctionAlwaysFails_CommitsNothingAndKeepsTrying()
    {
        await using var harness = new TriggerLoopHarness(failsOnCall: _ => true);
        await harness.ProduceAsync(3);

        await harness.StartAsync();
        await Eventually.TrueAsync(() => harness.Recorder.Calls.Count >= 7, Deadline, "retries past one round");

        Assert.Empty(harness.Recorder.Applied);
        Assert.Equal(0, harness.CommittedCount());
        Assert.True(harness.Statistics.Redelivered > 0, "the rewound batch is fetched again");
    }

    [Fact]
    public async Task RestartConsumer_BeforeNextCommit_DeliversThatBatchAgain()
    {
        await using var harness = new TriggerLoopHarness(failsOnCall: _ => false);
        var events = await harness.ProduceAsync(5);
        var restarted = harness.Faults.RestartConsumerAsync(beforeNextCommit: true);

        await harness.StartAsync();
        await restarted.WaitAsync(Deadline);
        await Eventually.TrueAsync(
            () => harness.Recorder.Applied.Count >= 2 * events.Count, Deadline, "batch redelivered");
        await Eventually.TrueAsync(() => harness.CommittedCount() == events.Count, Deadline, "offsets committed");

        Assert.All(events, e => Assert.Equal(2, harness.Recorder.Applied.Count(a => a == e)));
        Assert.Equal(events.Count, harness.Statistics.Redelivered);
        Assert.Equal(2, harness.Statistics.ConsumerStarts);
    }

    [Fact]
    public async Task Run_FetchErrorsInjected_DeliversEveryEvent()
    {
        await using var harness = new TriggerLoopHarness(failsOnCall: _ => false);
        harness.Cluster.PushRequestErrors(
            KafkaApiKeys.Fetch,
            ErrorCode.NotLeaderForPartition,
            ErrorCode.Local_Transport,
            ErrorCode.UnknownTopicOrPart,
            ErrorCode.RequestTimedOut);
        var events = await harness.ProduceAsync(20);

        await harness.StartAsync();
        await Eventually.TrueAsync(() => harness.CommittedCount() == events.Count, Deadline, "all offsets committed");

        Assert.Equal(
            events.ToHashSet(StringComparer.Ordinal), harness.Recorder.Applied.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_ReversalRequested_DeliversTheNextBatchLastFirst()
    {
        await using var harness = new TriggerLoopHarness(failsOnCall: _ => false);
        var events = await harness.ProduceAsync(6, key: "one-partition");
        harness.Faults.ReverseNextBatches(1);

        await harness.StartAsync();
        await Eventually.TrueAsync(() => harness.CommittedCount() == events.Count, Deadline, "all offsets committed");

        var calls = harness.Recorder.Calls;
        Assert.Equal(events.Reverse(), calls[0]);
        Assert.Equal(0, harness.Faults.BatchesToReverse);
    }
}
