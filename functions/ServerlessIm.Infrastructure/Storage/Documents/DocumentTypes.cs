namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>The <c>type</c> of each kind of document; the <c>messages</c> container holds several kinds.</summary>
internal static class DocumentTypes
{
    public const string Conversation = "conversation";
    public const string Membership = "membership";
    public const string Head = "head";
    public const string Message = "message";
    public const string ClientId = "clientId";
    public const string Submission = "submission";
    public const string Held = "held";
    public const string Parked = "parked";
}
