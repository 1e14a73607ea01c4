using System.Text;
using Microsoft.AspNetCore.Http;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.UnitTests.Realtime;

/// <summary>Builds upstream requests as the SignalR Service sends them.</summary>
internal static class UpstreamCalls
{
    public const string ConnectionId = "conn-1";

    public static string SendMessage(string conversationId, string fields, string invocationId = "7") =>
        $$"""{"type":1,"invocationId":"{{invocationId}}","target":"sendMessage","arguments":"""
        + $$"""["{{conversationId}}",{{fields}}]}""";

    public static HttpRequest Post(
        string body,
        string? signature,
        string userId = "alice",
        string contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        context.Request.Headers[UpstreamHeaders.ConnectionId] = ConnectionId;
        context.Request.Headers[UpstreamHeaders.UserId] = userId;
        if (signature is not null)
        {
            context.Request.Headers[UpstreamHeaders.Signature] = signature;
        }

        return context.Request;
    }
}
