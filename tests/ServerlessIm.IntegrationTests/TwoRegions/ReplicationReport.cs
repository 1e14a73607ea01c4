using ServerlessIm.Local.Hosting;
using Xunit.Abstractions;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>Writes what a run did to the test output, so its figures can be quoted.</summary>
internal static class ReplicationReport
{
    public static void Write(
        ITestOutputHelper output,
        string title,
        ChatWorkload workload,
        int checkedMessages,
        TimeSpan sending,
        TimeSpan converging,
        LagListener lags,
        params RegionHost[] regions)
    {
        output.WriteLine($"== {title}");
        output.WriteLine(
            $"sent {workload.SentCount} messages in {workload.Conversations.Count} conversations " +
            $"({workload.Conversations.Count(static c => c.IsGroup)} groups) in {sending.TotalSeconds:0.0} s: " +
            string.Join(", ", regions.Select(r => $"{r.Region} {workload.SentFrom(r.Region)}")));
        output.WriteLine(
            $"checked {checkedMessages} stored messages in both regions; " +
            $"converged {converging.TotalSeconds:0.0} s after the last send");
        foreach (var region in regions)
        {
            var replication = region.Replication;
            var trigger = region.Trigger;
            output.WriteLine(
                $"{region.Region}: applied {replication.Applied}, duplicates skipped {replication.Duplicates}, " +
                $"parked {replication.Parked}, repaired {replication.Repaired}, last lag {replication.LastLagMs} ms; " +
                lags.Summary(region.Region));
            output.WriteLine(
                $"{region.Region} trigger: batches {trigger.Batches}, events {trigger.Events}, " +
                $"redelivered {trigger.Redelivered}, retries {trigger.Retries}, fetch errors {trigger.FetchErrors}, " +
                $"failed commits {trigger.FailedCommits}, consumers started {trigger.ConsumerStarts}");
        }
    }
}
