namespace ServerlessIm.IntegrationTests.Realtime;

/// <summary>A REST call the stand-in SignalR Service received: the full URL, its bearer token and body.</summary>
internal sealed record ServiceCall(string Url, string? BearerToken, string Body);
