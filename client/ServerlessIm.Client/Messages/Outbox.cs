namespace ServerlessIm.Client.Messages;

/// <summary>
/// What this device sent, per conversation, in send order, and its next <c>deviceSeq</c> there. A message
/// counts as unsequenced until the client has seen it sequenced, so a region switch resends everything that
/// might not have reached a sequencer. Recently sequenced messages are kept too: a region that has not yet
/// replicated them asks for them again, and a resend of a sequenced message is harmless.
/// </summary>
internal sealed class Outbox
{
    private const int KeptSequencedPerConversation = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Entry>> _sent = new(StringComparer.Ordinal);

    public OutgoingMessage Add(string conversationId, string body)
    {
        lock (_lock)
        {
            var sent = Sent(conversationId);
            var deviceSeq = sent.Count == 0 ? 1 : sent[^1].Message.DeviceSeq + 1;
            var message = new OutgoingMessage(conversationId, "m" + Guid.NewGuid().ToString("N"), deviceSeq, body);
            sent.Add(new Entry(message));
            return message;
        }
    }

    public void Sequenced(string conversationId, string clientMessageId)
    {
        lock (_lock)
        {
            var sent = Sent(conversationId);
            foreach (var entry in sent.Where(e => e.Message.ClientMessageId == clientMessageId))
            {
                entry.IsSequenced = true;
            }

            // Forget the oldest sequenced messages beyond those kept for resends.
            var surplus = sent.Where(static e => e.IsSequenced)
                .SkipLast(KeptSequencedPerConversation)
                .ToHashSet();
            sent.RemoveAll(surplus.Contains);
        }
    }

    /// <summary>Messages sent to the conversation with a deviceSeq in [from, to), in order.</summary>
    /// <returns><c>null</c> when some of that range is no longer known.</returns>
    public IReadOnlyList<OutgoingMessage>? Range(string conversationId, long from, long to)
    {
        lock (_lock)
        {
            var range = Sent(conversationId)
                .Select(static e => e.Message)
                .Where(m => m.DeviceSeq >= from && m.DeviceSeq < to)
                .ToList();
            return range.Count == to - from ? range : null;
        }
    }

    /// <summary>Every unsequenced message, conversation by conversation, each in send order.</summary>
    public IReadOnlyList<OutgoingMessage> Unsequenced()
    {
        lock (_lock)
        {
            return _sent.Values
                .SelectMany(static l => l.Where(static e => !e.IsSequenced))
                .Select(static e => e.Message)
                .ToList();
        }
    }

    private List<Entry> Sent(string conversationId)
    {
        if (!_sent.TryGetValue(conversationId, out var list))
        {
            list = [];
            _sent[conversationId] = list;
        }

        return list;
    }

    private sealed class Entry(OutgoingMessage message)
    {
        public OutgoingMessage Message { get; } = message;

        public bool IsSequenced { get; set; }
    }
}
