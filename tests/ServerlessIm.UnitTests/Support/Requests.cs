using System.Text;
using Microsoft.AspNetCore.Http;

namespace ServerlessIm.UnitTests.Support;

/// <summary>Builds the HttpRequest objects the functions receive from the host.</summary>
internal static class Requests
{
    public const string ValidToken = "valid-token";

    public static HttpRequest Get(string? token = ValidToken, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.QueryString = new QueryString(query);
        Authorize(context.Request, token);
        return context.Request;
    }

    public static HttpRequest Post(string json, string? token = ValidToken, string contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        Authorize(context.Request, token);
        return context.Request;
    }

    private static void Authorize(HttpRequest request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = "Bearer " + token;
        }
    }
}
