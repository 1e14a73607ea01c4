using ServerlessIm.Bench.Scenarios;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Bench.Correctness;

/// <summary>
/// After the load: every region holds every message once, at the same seq, with no hole, and each device's
/// messages in the order it sent them.
/// </summary>
internal static class CorrectnessReport
{
    public static async Task<IReadOnlyList<string>> CheckAsync(
        LocalDeployment deployment,
        string readerId,
        IEnumerable<string> conversationIds,
        int expectedMessages)
    {
        var problems = new List<string>();
        var total = 0;

        foreach (var conversation in conversationIds)
        {
            var copies = new List<IReadOnlyList<StoredMessage>>();
            foreach (var region in deployment.Regions)
            {
                var messages = await SyncReader.ReadAllAsync(region, readerId, conversation);
                problems.AddRange(CheckOne(region.Region, conversation, messages));
                copies.Add(messages);
            }

            if (copies.Skip(1).Any(c => !c.SequenceEqual(copies[0])))
            {
                problems.Add($"{conversation}: the regions hold different histories");
            }

            total += copies[0].Count;
        }

        if (total != expectedMessages)
        {
            problems.Add($"expected {expectedMessages} messages, found {total}");
        }

        return problems;
    }

    private static IEnumerable<string> CheckOne(
        string region,
        string conversation,
        IReadOnlyList<StoredMessage> messages)
    {
        if (!messages.Select(static m => m.Seq).SequenceEqual(OneTo(messages.Count)))
        {
            yield return $"{region} {conversation}: seqs are not 1..{messages.Count}";
        }

        if (messages.DistinctBy(static m => (m.SenderId, m.ClientMessageId)).Count() != messages.Count)
        {
            yield return $"{region} {conversation}: a message is stored twice";
        }

        foreach (var device in messages.GroupBy(static m => (m.SenderId, m.DeviceId)))
        {
            var order = device.Select(static m => m.DeviceSeq).ToList();
            if (!order.SequenceEqual(OneTo(order.Count)))
            {
                yield return $"{region} {conversation}: {device.Key.SenderId}'s messages are out of device order";
            }
        }
    }

    private static IEnumerable<long> OneTo(int count) => Enumerable.Range(1, count).Select(static i => (long)i);
}
