namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>The service's answer to generateToken.</summary>
internal sealed record ClientTokenAnswer(string? Token);
