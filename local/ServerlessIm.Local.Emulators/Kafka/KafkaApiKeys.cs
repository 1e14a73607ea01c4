namespace ServerlessIm.Local.Emulators.Kafka;

/// <summary>Kafka protocol request types, for <see cref="MockKafkaCluster.PushRequestErrors"/>.</summary>
public static class KafkaApiKeys
{
    public const short Produce = 0;
    public const short Fetch = 1;
    public const short ListOffsets = 2;
    public const short Metadata = 3;
    public const short OffsetCommit = 8;
    public const short OffsetFetch = 9;
    public const short FindCoordinator = 10;
    public const short JoinGroup = 11;
    public const short Heartbeat = 12;
    public const short LeaveGroup = 13;
    public const short SyncGroup = 14;
    public const short ApiVersions = 18;
    public const short InitProducerId = 22;
}
