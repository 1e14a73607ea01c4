namespace ServerlessIm.Client.Messages;

/// <summary>The last seq the client delivered per conversation; hands on only the next one.</summary>
internal sealed class Inbox
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _lastSeq = new(StringComparer.Ordinal);

    public long LastSeq(string conversationId)
    {
        lock (_lock)
        {
            return _lastSeq.GetValueOrDefault(conversationId);
        }
    }

    /// <summary>Takes the message if it is the conversation's next seq.</summary>
    /// <returns><c>true</c> when taken; <c>false</c> for a duplicate or a message after a gap.</returns>
    public bool TryTake(ChatMessage message)
    {
        lock (_lock)
        {
            var last = _lastSeq.GetValueOrDefault(message.ConversationId);
            if (message.Seq != last + 1)
            {
                return false;
            }

            _lastSeq[message.ConversationId] = last + 1;
            return true;
        }
    }

    public bool IsAhead(ChatMessage message) => message.Seq > LastSeq(message.ConversationId) + 1;
}
