namespace ServerlessIm.Client.Realtime;

/// <summary>The answer of <c>POST /api/negotiate</c>: where the hub is and the token to present there.</summary>
internal sealed record Negotiation(Uri Url, string AccessToken);
