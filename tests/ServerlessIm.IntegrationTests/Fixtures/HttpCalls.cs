using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>
/// Builds the <see cref="HttpRequest"/> a function receives from the host, and executes the
/// <see cref="IActionResult"/> it returns into a response, as ASP.NET Core would.
/// </summary>
public static class HttpCalls
{
    private static readonly ServiceProvider ResultServices =
        new ServiceCollection().AddLogging().AddMvcCore().Services.BuildServiceProvider();

    public static HttpRequest Get(string? token, string query = "")
    {
        var request = NewRequest(HttpMethods.Get, token);
        request.QueryString = new QueryString(query);
        return request;
    }

    public static HttpRequest Post(string? token, string json) => Post(token, Encoding.UTF8.GetBytes(json));

    public static HttpRequest Post(string? token, byte[] body, string contentType = "application/json")
    {
        var request = NewRequest(HttpMethods.Post, token);
        request.ContentType = contentType;
        request.ContentLength = body.Length;
        request.Body = new MemoryStream(body);
        return request;
    }

    public static HttpRequest PostJson(string? token, object body) =>
        Post(token, JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web));

    /// <summary>Calls <paramref name="function"/> with <paramref name="request"/> and executes its result.</summary>
    public static async Task<HttpAnswer> CallAsync(HttpRequest request, Func<HttpRequest, Task<IActionResult>> function)
    {
        var result = await function(request);

        var context = request.HttpContext;
        context.RequestServices = ResultServices;
        context.Response.Body = new MemoryStream();
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        return new HttpAnswer(context.Response.StatusCode, context.Response.ContentType, body.RootElement.Clone());
    }

    private static HttpRequest NewRequest(string method, string? token)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        if (token is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + token;
        }

        return context.Request;
    }
}
