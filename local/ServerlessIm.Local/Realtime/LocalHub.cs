using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.Local.Realtime;

/// <summary>Where the local hub listens: beside the API, named as the SignalR Service hub is.</summary>
internal static class LocalHub
{
    public const string Path = "/api/signalr/" + ChatHubContract.HubName;
}
