using System.Net.Http.Json;
using System.Text.Json;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// The calls this app makes to the service's data-plane REST API. Hand-written because the SignalR
/// Management SDK is not available to this build; authorization and retries come from the HttpClient's
/// handlers (see RealtimeComposition).
/// </summary>
public sealed class SignalRRestClient(HttpClient http, SignalRUrls urls)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Invokes <paramref name="method"/> on every connection of the user; 202 when accepted.</summary>
    public async Task SendToUserAsync(
        string userId,
        string method,
        object argument,
        CancellationToken cancellationToken)
    {
        var invocation = new ServiceInvocation(method, [argument]);
        using var response = await http.PostAsJsonAsync(
            urls.SendToUser(userId), invocation, Json, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Asks the service for a client access token for the user (used with Entra, which has no key).</summary>
    public async Task<string> GenerateClientTokenAsync(
        string userId,
        TimeSpan lifetime,
        CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(
            urls.GenerateClientToken(userId, lifetime), content: null, cancellationToken);
        response.EnsureSuccessStatusCode();

        var answer = await response.Content.ReadFromJsonAsync<ClientTokenAnswer>(Json, cancellationToken);
        return answer?.Token is { Length: > 0 } token
            ? token
            : throw new HttpRequestException("The SignalR Service answered generateToken without a token.");
    }
}
