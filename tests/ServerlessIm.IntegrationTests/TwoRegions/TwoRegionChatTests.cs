using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.IntegrationTests.LocalRunner;
using ServerlessIm.Local.Emulators.Kafka;
using Xunit.Abstractions;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>
/// Users of two regions chat, each talking only to their own region; afterwards both regions hold every message
/// exactly once, in one shared order per conversation, each sender's messages in the order they were sent.
/// </summary>
public sealed class TwoRegionChatTests(ITestOutputHelper output)
{
    private const int UsersPerRegion = 8;
    private const int Conversations = 24;
    private const int Messages = 1000;
    private static readonly TimeSpan ReplicationDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ConvergenceDeadline = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Chat_ThousandMessagesBothWays_BothRegionsHoldTheSameHistory()
    {
        using var lags = new LagListener();
        await using var run = await TwoRegionRun.StartAsync(output);
        using var a = new RegionClient(run.A);
        using var b = new RegionClient(run.B);
        var workload = ChatWorkload.Plan([a, b], UsersPerRegion, Conversations, Messages);
        await workload.CreateConversationsAsync(ReplicationDeadline);

        var sending = Stopwatch.StartNew();
        await workload.SendAllAsync();
        sending.Stop();
        var converging = Stopwatch.StartNew();
        var checkedMessages = await Convergence.AwaitAndVerifyAsync(
            workload, new RegionReplica(a, workload), new RegionReplica(b, workload), ConvergenceDeadline);

        ReplicationReport.Write(
            output, "no faults", workload, checkedMessages, sending.Elapsed, converging.Elapsed, lags, run.A, run.B);
        Assert.Equal(Messages, workload.SentCount);
        Assert.Equal(2 * Messages, checkedMessages);
    }

    [Fact]
    public async Task Chat_WithKafkaAndConsumerFaults_BothRegionsStillHoldTheSameHistory()
    {
        using var lags = new LagListener();
        await using var run = await TwoRegionRun.StartAsync(
            output, static (_, services) => FailOncePublisher.Decorate(services));
        using var a = new RegionClient(run.A);
        using var b = new RegionClient(run.B);
        var workload = ChatWorkload.Plan([a, b], UsersPerRegion, Conversations, Messages);
        await workload.CreateConversationsAsync(ReplicationDeadline);

        var sending = Stopwatch.StartNew();
        await Task.WhenAll(workload.SendAllAsync(), InjectFaultsAsync(run, workload));
        sending.Stop();
        var converging = Stopwatch.StartNew();
        var checkedMessages = await Convergence.AwaitAndVerifyAsync(
            workload, new RegionReplica(a, workload), new RegionReplica(b, workload), ConvergenceDeadline);
        var publishers = new[] { run.A, run.B }
            .Select(static r => r.Services.GetRequiredService<FailOncePublisher>())
            .ToList();
        await Eventually.TrueAsync(
            () => publishers.All(static p => p.Republished), ReplicationDeadline, "failed publishes swept");

        ReplicationReport.Write(
            output, "with faults", workload, checkedMessages, sending.Elapsed, converging.Elapsed, lags, run.A, run.B);
        Assert.Equal(2 * Messages, checkedMessages);
        Assert.All(publishers, static p => Assert.NotNull(p.FailedEventId));
        Assert.True(run.A.Trigger.Redelivered > 0, "the restarted consumer got its uncommitted batch again");
        Assert.True(run.A.Replication.Parked + run.B.Replication.Parked > 0, "events arrived ahead of a gap");
    }

    /// <summary>Faults at fixed points of the workload's progress, while it sends.</summary>
    private async Task InjectFaultsAsync(TwoRegionRun run, ChatWorkload workload)
    {
        var deadline = TimeSpan.FromSeconds(90);
        var kafkaA = run.Deployment.KafkaOf(TwoRegionRun.RegionA);
        var kafkaB = run.Deployment.KafkaOf(TwoRegionRun.RegionB);

        await Eventually.TrueAsync(() => workload.SentCount >= 150, deadline, "150 sent");
        SetBrokers(kafkaA, up: false);
        var sentByB = workload.SentFrom(TwoRegionRun.RegionB);
        await Eventually.TrueAsync(
            () => workload.SentFrom(TwoRegionRun.RegionB) >= sentByB + 60, deadline, "B sends on");
        SetBrokers(kafkaA, up: true);
        output.WriteLine($"fault: {TwoRegionRun.RegionA}'s brokers were down while {TwoRegionRun.RegionB} sent 60");

        await Eventually.TrueAsync(() => workload.SentCount >= 350, deadline, "350 sent");
        foreach (var cluster in new[] { kafkaA, kafkaB })
        {
            cluster.PushRequestErrors(
                KafkaApiKeys.Produce,
                ErrorCode.NotEnoughReplicas,
                ErrorCode.NotLeaderForPartition,
                ErrorCode.Local_Transport);
        }

        output.WriteLine("fault: produce errors injected in both clusters");

        await Eventually.TrueAsync(() => workload.SentCount >= 450, deadline, "450 sent");
        await run.A.Faults.RestartConsumerAsync(beforeNextCommit: true).WaitAsync(deadline);
        output.WriteLine($"fault: {TwoRegionRun.RegionA}'s consumer restarted before committing a batch");

        await Eventually.TrueAsync(() => workload.SentCount >= 550, deadline, "550 sent");
        foreach (var cluster in new[] { kafkaA, kafkaB })
        {
            cluster.PushRequestErrors(
                KafkaApiKeys.Fetch,
                ErrorCode.NotLeaderForPartition,
                ErrorCode.Local_Transport,
                ErrorCode.RequestTimedOut);
        }

        output.WriteLine("fault: fetch errors injected in both clusters");

        await Eventually.TrueAsync(() => workload.SentCount >= 650, deadline, "650 sent");
        run.A.Faults.ReverseNextBatches(10);
        run.B.Faults.ReverseNextBatches(10);
        output.WriteLine("fault: the next 10 batches of each region delivered in reverse order");

        await Eventually.TrueAsync(() => workload.SentCount >= 800, deadline, "800 sent");
        await run.B.Faults.RestartConsumerAsync().WaitAsync(deadline);
        output.WriteLine($"fault: {TwoRegionRun.RegionB}'s consumer restarted");
    }

    private static void SetBrokers(MockKafkaCluster cluster, bool up)
    {
        for (var broker = 1; broker <= cluster.BrokerCount; broker++)
        {
            if (up)
            {
                cluster.SetBrokerUp(broker);
            }
            else
            {
                cluster.SetBrokerDown(broker);
            }
        }
    }
}
