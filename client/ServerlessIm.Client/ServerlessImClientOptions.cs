namespace ServerlessIm.Client;

/// <summary>Where the client may connect and who it is.</summary>
public sealed class ServerlessImClientOptions
{
    /// <summary>
    /// The base URLs of the regions, nearest first (for example <c>https://sea.example.com/</c>). The client
    /// talks to one at a time and moves to the next when its current region does not answer.
    /// </summary>
    public IList<Uri> Regions { get; } = [];

    /// <summary>Returns a bearer token for the given region; called before every request.</summary>
    public required Func<Uri, CancellationToken, ValueTask<string>> AccessToken { get; init; }

    /// <summary>
    /// This device's id (1-64 of <c>[A-Za-z0-9_-]</c>). Keep it with the device's send counters: a device
    /// that loses its counters must use a new id.
    /// </summary>
    public string DeviceId { get; init; } = "d" + Guid.NewGuid().ToString("N");

    /// <summary>How long one request may take before the region counts as not answering.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Handler for the client's HTTP requests; a default one when null.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }
}
