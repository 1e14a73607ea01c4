namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// Remembers, per conversation, the last seq whose message and index entry this process stored. Every writer
/// stores the head's tail again before moving the head; when this process stored that tail itself, the two
/// creates could only answer "already there", so they are skipped. Conversations whose ids share a slot push
/// each other out; a miss only costs those two creates.
/// </summary>
/// <remarks>Sound because stored messages are never deleted or rewritten at the same seq.</remarks>
internal sealed class RecentlyStored
{
    private const int Slots = 4096;

    private readonly Entry?[] _slots = new Entry?[Slots];

    public bool Contains(string conversationId, long seq) =>
        Volatile.Read(ref _slots[SlotOf(conversationId)]) is { } entry
        && entry.Seq == seq
        && string.Equals(entry.ConversationId, conversationId, StringComparison.Ordinal);

    public void Add(string conversationId, long seq) =>
        Volatile.Write(ref _slots[SlotOf(conversationId)], new Entry(conversationId, seq));

    private static int SlotOf(string conversationId) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % Slots);

    private sealed record Entry(string ConversationId, long Seq);
}
