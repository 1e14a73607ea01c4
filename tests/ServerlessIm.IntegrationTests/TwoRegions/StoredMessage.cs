namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>A message as a region's sync API returns it; only the fields the checks need.</summary>
internal sealed record StoredMessage(
    string Status,
    string ConversationId,
    long? Seq,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId);
