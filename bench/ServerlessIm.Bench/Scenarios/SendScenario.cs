using System.Collections.Concurrent;
using System.Diagnostics;
using ServerlessIm.Bench.Measurements;
using ServerlessIm.Client;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Bench.Scenarios;

/// <summary>
/// Senders in one region write to conversations homed in another (or the same) region, while a watcher in a
/// third place receives them in real time: measures the send answer and the time until the watcher has it.
/// </summary>
internal sealed class SendScenario(Users users, BenchOptions options)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public async Task<ScenarioResult> RunAsync(
        string name,
        RegionHost senders,
        RegionHost home,
        RegionHost watcher,
        CancellationToken cancellationToken)
    {
        var prefix = name.Replace(' ', '-');
        var senderIds = Enumerable.Range(0, options.Senders).Select(i => $"{prefix}-sender{i}").ToList();
        var watcherId = $"{prefix}-watcher";
        var conversations = await CreateConversationsAsync(home, [.. senderIds, watcherId], cancellationToken);

        await using var watching = users.ClientOf(watcherId, watcher);
        var seen = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        watching.MessageReceived += (_, m) => seen.TryAdd(m.ClientMessageId, Stopwatch.GetTimestamp());
        await watching.StartRealtimeAsync(cancellationToken);
        await WaitForAsync(() => ReplicatedAsync(senders, senderIds[0], conversations), cancellationToken);

        var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var sendLatency = new Latencies();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(senderIds.Select((id, index) =>
            SendAllAsync(
                users.ClientOf(id, senders), index, conversations, sendLatency, acknowledged, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var total = senderIds.Count * options.MessagesPerSender;
        await WaitForAsync(
            async () =>
            {
                foreach (var conversation in conversations)
                {
                    await watching.SyncAsync(conversation, cancellationToken);
                }

                return seen.Count >= total;
            },
            cancellationToken);

        var visible = new Latencies();
        foreach (var (clientMessageId, ackedAt) in acknowledged)
        {
            visible.Add(Stopwatch.GetElapsedTime(ackedAt, seen[clientMessageId]));
        }

        return new ScenarioResult(name, total, elapsed, sendLatency, visible, conversations);
    }

    private async Task SendAllAsync(
        ServerlessImClient client,
        int senderIndex,
        IReadOnlyList<string> conversations,
        Latencies latency,
        ConcurrentDictionary<string, long> acknowledged,
        CancellationToken cancellationToken)
    {
        await using var owned = client;
        for (var i = 0; i < options.MessagesPerSender; i++)
        {
            var conversation = conversations[(senderIndex + i) % conversations.Count];
            var before = Stopwatch.GetTimestamp();
            var body = $"message {i} from sender {senderIndex}";
            var sent = await client.SendAsync(conversation, body, cancellationToken);
            var after = Stopwatch.GetTimestamp();
            latency.Add(Stopwatch.GetElapsedTime(before, after));
            acknowledged[sent.ClientMessageId] = after;
        }
    }

    private async Task<IReadOnlyList<string>> CreateConversationsAsync(
        RegionHost home,
        IReadOnlyList<string> members,
        CancellationToken cancellationToken)
    {
        await using var owner = users.ClientOf(members[0], home);
        var created = new List<string>();
        for (var i = 0; i < options.Conversations; i++)
        {
            var conversation = await owner.CreateConversationAsync(members.Skip(1), $"bench {i}", cancellationToken);
            created.Add(conversation.Id);
        }

        return created;
    }

    private static async Task<bool> ReplicatedAsync(RegionHost region, string userId, IReadOnlyList<string> ids)
    {
        var exists = await Task.WhenAll(ids.Select(id => SyncReader.ExistsAsync(region, userId, id)));
        return exists.All(static e => e);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Deadline.TotalSeconds * Stopwatch.Frequency);
        while (!await condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Not reached within {Deadline}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }
}
