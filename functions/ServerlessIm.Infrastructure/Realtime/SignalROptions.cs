namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// The region's Azure SignalR Service (serverless mode), or locally a hub that speaks the same contract.
/// </summary>
public sealed class SignalROptions
{
    public const string SectionName = "SignalR";

    /// <summary>The service endpoint, e.g. <c>https://&lt;name&gt;.service.signalr.net</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The hub clients connect to; see <see cref="ChatHubContract.HubName"/>.</summary>
    public string Hub { get; set; } = ChatHubContract.HubName;

    /// <summary>
    /// One of the service's access keys: verifies upstream signatures, and signs tokens when Entra is not used.
    /// </summary>
    public string? AccessKey { get; set; }

    /// <summary>
    /// Whether REST calls and client tokens use the app's managed identity (Entra). When unset, Entra is used
    /// exactly when no access key is configured.
    /// </summary>
    public bool? UseManagedIdentity { get; set; }

    /// <summary>How many pushes may wait for the service before the oldest are dropped.</summary>
    public int PushQueueCapacity { get; set; } = 10_000;

    public bool UsesManagedIdentity => UseManagedIdentity ?? string.IsNullOrEmpty(AccessKey);
}
