namespace ServerlessIm.Core.Messages;

/// <summary>A validated send from a member's device.</summary>
public sealed record SendRequest(string ClientMessageId, string DeviceId, long DeviceSeq, string Body);
