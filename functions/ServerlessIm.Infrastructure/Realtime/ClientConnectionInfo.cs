namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// The answer to negotiate: the SignalR client follows <paramref name="Url"/> with
/// <paramref name="AccessToken"/> as its bearer token.
/// </summary>
public sealed record ClientConnectionInfo(Uri Url, string AccessToken);
