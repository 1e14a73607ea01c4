using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>
/// What an app does against one region: sign in as a user, call the API, and retry the same request when the
/// region answers 503 or cannot be reached, as a client that wants nothing lost does.
/// </summary>
internal sealed class RegionClient(RegionHost region) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan RequestDeadline = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new() { BaseAddress = new Uri(region.BaseUrl, "api/") };
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public string Region => region.Region;

    public async Task<JsonElement> CreateConversationAsync(string creator, IReadOnlyList<string> members, string title)
    {
        using var response = await SendAsync(creator, HttpMethod.Post, "conversations", new { members, title });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public async Task<bool> CanSeeConversationAsync(string userId, string conversationId)
    {
        using var response = await SendAsync(userId, HttpMethod.Get, $"conversations/{conversationId}", body: null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <returns>An accepted send's status: 201 sequenced here, 202 pending for its home region, 200 repeat.</returns>
    public async Task<HttpStatusCode> SendMessageAsync(string userId, SentMessage message)
    {
        var body = new
        {
            message.ClientMessageId,
            message.DeviceId,
            message.DeviceSeq,
            Body = $"{message.SenderId} says hello ({message.DeviceSeq})",
        };
        var path = $"conversations/{message.ConversationId}/messages";
        using var response = await SendAsync(userId, HttpMethod.Post, path, body);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.OK))
        {
            var problem = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Send {message} answered {(int)response.StatusCode}: {problem}");
        }

        return response.StatusCode;
    }

    public async Task<StoredPage> ReadMessagesAsync(string userId, string conversationId, long after)
    {
        using var response = await SendAsync(
            userId, HttpMethod.Get, $"conversations/{conversationId}/messages?after={after}&limit=200", body: null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StoredPage>(Json))!;
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(string userId, HttpMethod method, string path, object? body)
    {
        var until = DateTimeOffset.UtcNow + RequestDeadline;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(userId));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, options: Json);
            }

            try
            {
                var response = await _http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTimeOffset.UtcNow > until)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < until)
            {
                // The region is unreachable for now; the same request is safe to send again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * attempt)));
        }
    }

    private string Token(string userId)
    {
        lock (_tokens)
        {
            if (!_tokens.TryGetValue(userId, out var token))
            {
                token = region.IssueToken(userId);
                _tokens[userId] = token;
            }

            return token;
        }
    }
}
