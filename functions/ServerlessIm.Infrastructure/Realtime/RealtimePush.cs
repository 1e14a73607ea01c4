using ServerlessIm.Core.Messages;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>One notification waiting to be sent: a client method and its argument, for each member.</summary>
public sealed record RealtimePush(
    IReadOnlyCollection<string> MemberIds,
    string Method,
    MessageView Message);
