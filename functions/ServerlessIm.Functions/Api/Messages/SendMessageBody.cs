namespace ServerlessIm.Functions.Api.Messages;

/// <summary>The body of <c>POST /api/conversations/{id}/messages</c> and of the realtime <c>sendMessage</c>.</summary>
public sealed record SendMessageBody(string? ClientMessageId, string? DeviceId, long? DeviceSeq, string? Body);
