namespace ServerlessIm.Infrastructure.Storage;

/// <summary>A document as read, with the ETag that a conditional replace must match.</summary>
internal sealed record Stored<T>(T Document, string ETag);
