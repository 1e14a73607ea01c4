using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>Conversations, messages and submissions to store in tests.</summary>
internal static class Samples
{
    public const string Region = "region-a";
    public const string PeerRegion = "region-b";

    public static readonly DateTimeOffset Time = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string NewConversationId() => "c" + Guid.CreateVersion7().ToString("N");

    public static Conversation Conversation(string? id = null, long version = 1, params string[] members) =>
        new(
            id ?? NewConversationId(),
            "title v" + version,
            members.Length == 0 ? ["alice", "bob"] : members,
            Region,
            Epoch: 1,
            CreatedBy: members.Length == 0 ? "alice" : members[0],
            Time,
            version);

    public static Message Message(
        string conversationId,
        long seq,
        string senderId = "alice",
        string? clientMessageId = null,
        long epoch = 1,
        string sequencedBy = Region) =>
        new(
            conversationId,
            seq,
            epoch,
            sequencedBy,
            senderId,
            "phone",
            DeviceSeq: seq,
            clientMessageId ?? $"m-{seq}",
            $"body {seq}",
            Region,
            Time,
            Time.AddSeconds(seq));

    public static Submission Submission(
        string conversationId,
        long deviceSeq,
        string senderId = "alice",
        string? clientMessageId = null) =>
        new(
            conversationId,
            senderId,
            "phone",
            deviceSeq,
            clientMessageId ?? $"m-{deviceSeq}",
            $"body {deviceSeq}",
            Region,
            Time);
}
