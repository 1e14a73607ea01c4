namespace ServerlessIm.Bench.Scenarios;

/// <summary>The fields of a stored message the correctness report compares.</summary>
internal sealed record StoredMessage(
    long Seq,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId);
