using Microsoft.AspNetCore.Http;
using ServerlessIm.Functions.Api.Conversations;
using ServerlessIm.Functions.Api.Health;
using ServerlessIm.Functions.Api.Messages;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>The region's HTTP API, each call through its function class as the host would make it.</summary>
public sealed class RegionApi(RegionUnderTest region)
{
    public Task<HttpAnswer> CreateConversationAsync(
        string? token,
        IReadOnlyList<string> members,
        string? title = null) =>
        HttpCalls.CallAsync(
            HttpCalls.PostJson(token, new { members, title }),
            region.Function<CreateConversationFunction>().RunAsync);

    public Task<HttpAnswer> GetConversationAsync(string? token, string conversationId) =>
        HttpCalls.CallAsync(
            HttpCalls.Get(token),
            request => region.Function<GetConversationFunction>().RunAsync(request, conversationId));

    public Task<HttpAnswer> ListConversationsAsync(string? token, string query = "") =>
        HttpCalls.CallAsync(HttpCalls.Get(token, query), region.Function<ListConversationsFunction>().RunAsync);

    public Task<HttpAnswer> SendAsync(
        string? token,
        string conversationId,
        string clientMessageId,
        long deviceSeq,
        string deviceId = "phone",
        string body = "hello") =>
        SendAsync(HttpCalls.PostJson(token, new { clientMessageId, deviceId, deviceSeq, body }), conversationId);

    public Task<HttpAnswer> SendAsync(HttpRequest request, string conversationId) =>
        HttpCalls.CallAsync(
            request,
            r => region.Function<SendMessageFunction>().RunAsync(r, conversationId));

    public Task<HttpAnswer> ListMessagesAsync(string? token, string conversationId, string query = "") =>
        HttpCalls.CallAsync(
            HttpCalls.Get(token, query),
            request => region.Function<ListMessagesFunction>().RunAsync(request, conversationId));

    public Task<HttpAnswer> HealthAsync(string? token) =>
        HttpCalls.CallAsync(HttpCalls.Get(token), region.Function<HealthFunction>().RunAsync);
}
