using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Realtime;

/// <summary>
/// Tells a region's connected members that something changed. A push is only a hint: clients order by
/// seq and fill gaps from the sync API, so implementations may drop a push but must never block a write.
/// </summary>
public interface IRealtimeNotifier
{
    /// <summary>A message got its seq and is stored in this region.</summary>
    void MessageStored(IReadOnlyCollection<string> memberIds, Message message);

    /// <summary>A message was accepted here and waits for its home region to sequence it.</summary>
    void MessagePending(IReadOnlyCollection<string> memberIds, Submission submission);
}
