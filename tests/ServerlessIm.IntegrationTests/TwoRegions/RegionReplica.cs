namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>What one region's sync API shows of the workload's conversations, read as their members read it.</summary>
internal sealed class RegionReplica(RegionClient client, ChatWorkload workload)
{
    public const int PageSize = 200;

    private readonly Dictionary<string, List<StoredMessage>> _messages = new(StringComparer.Ordinal);

    public string Region => client.Region;

    public IReadOnlyList<StoredMessage> Of(string conversationId) =>
        _messages.TryGetValue(conversationId, out var messages) ? messages : [];

    public int Count => _messages.Values.Sum(static m => m.Count);

    /// <summary>Reads what is new since the last call.</summary>
    /// <returns>Whether every conversation holds as many sequenced messages as were sent to it.</returns>
    public async Task<bool> CatchUpAsync()
    {
        var expected = workload.Sent
            .GroupBy(static m => m.ConversationId)
            .ToDictionary(static g => g.Key, static g => g.Count());
        var complete = true;
        foreach (var conversation in workload.Conversations)
        {
            if (!_messages.TryGetValue(conversation.Id, out var messages))
            {
                messages = [];
                _messages[conversation.Id] = messages;
            }

            var sent = expected.GetValueOrDefault(conversation.Id);
            if (messages.Count >= sent)
            {
                continue;
            }

            var reader = conversation.Members.First(m => workload.HomeOf(m) == Region);
            while (true)
            {
                var page = await client.ReadMessagesAsync(reader, conversation.Id, messages.LastOrDefault()?.Seq ?? 0);
                messages.AddRange(page.Messages);
                if (page.Messages.Count < PageSize)
                {
                    break;
                }
            }

            complete &= messages.Count >= sent;
        }

        return complete;
    }

    /// <summary>Forgets what was read, so the next catch-up reads every message again from seq 1.</summary>
    public void Clear() => _messages.Clear();
}
