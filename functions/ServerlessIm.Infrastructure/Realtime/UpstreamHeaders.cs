namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>The headers the SignalR Service puts on each upstream call.</summary>
public static class UpstreamHeaders
{
    public const string ConnectionId = "X-ASRS-Connection-Id";
    public const string UserId = "X-ASRS-User-Id";
    public const string Hub = "X-ASRS-Hub";
    public const string Category = "X-ASRS-Category";
    public const string Event = "X-ASRS-Event";

    /// <summary><c>sha256=&lt;hex&gt;</c> per access key of the service, comma-separated.</summary>
    public const string Signature = "X-ASRS-Signature";
}
