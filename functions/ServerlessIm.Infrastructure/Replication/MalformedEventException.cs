namespace ServerlessIm.Infrastructure.Replication;

/// <summary>A record on a replication topic that is not a replication event; no retry can make it one.</summary>
public sealed class MalformedEventException(string message, Exception? innerException = null)
    : Exception(message, innerException);
