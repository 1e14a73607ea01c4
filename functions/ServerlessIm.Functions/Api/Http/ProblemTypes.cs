namespace ServerlessIm.Functions.Api.Http;

/// <summary>The stable <c>type</c> of each kind of problem answer; clients may branch on these.</summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:serverlessim:problem:";

    public const string InvalidRequest = Prefix + "invalid-request";
    public const string Unauthenticated = Prefix + "unauthenticated";
    public const string Forbidden = Prefix + "forbidden";
    public const string NotAMember = Prefix + "not-a-member";
    public const string ConversationNotFound = Prefix + "conversation-not-found";
    public const string DeviceSeqAhead = Prefix + "device-seq-ahead";
    public const string DeviceSeqReused = Prefix + "device-seq-reused";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string Busy = Prefix + "busy";
    public const string Unavailable = Prefix + "unavailable";
    public const string Internal = Prefix + "internal";
}
