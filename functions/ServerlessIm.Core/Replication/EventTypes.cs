namespace ServerlessIm.Core.Replication;

/// <summary>The replication event types; docs/events.md describes each payload.</summary>
public static class EventTypes
{
    public const string MessageSubmitted = "message.submitted";
    public const string MessageSequenced = "message.sequenced";
    public const string ConversationChanged = "conversation.changed";
    public const string RegionHeartbeat = "region.heartbeat";

    /// <summary>The envelope version this code writes; readers accept this version and skip newer ones.</summary>
    public const int CurrentVersion = 1;
}
