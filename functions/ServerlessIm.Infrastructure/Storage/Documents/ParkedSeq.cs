namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>The projection of a parked message that the gap repairer needs.</summary>
internal sealed record ParkedSeq(string ConversationId, long Seq);
