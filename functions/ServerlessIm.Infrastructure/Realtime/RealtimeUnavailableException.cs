namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>The SignalR Service could not be reached for a call that must answer now.</summary>
public sealed class RealtimeUnavailableException(string message, Exception innerException)
    : Exception(message, innerException);
