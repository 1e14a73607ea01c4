using ServerlessIm.Core.Messages;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// A page of the peers' sync API, in the wire form of <see cref="ReplicationEventJson"/>: each message is
/// exactly the <c>message</c> payload of a <c>message.sequenced</c> event. Continue with <c>after=next</c>.
/// </summary>
public sealed record PeerMessagePage(IReadOnlyList<Message> Messages, long Next);
