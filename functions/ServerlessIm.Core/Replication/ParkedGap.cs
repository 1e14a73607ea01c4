namespace ServerlessIm.Core.Replication;

/// <summary>A conversation whose replica waits for messages below <paramref name="LowestParkedSeq"/>.</summary>
public sealed record ParkedGap(string ConversationId, long LowestParkedSeq);
