using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Core.Regions;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Local.ChatPage;

/// <summary>
/// The chat page each local region serves at <c>/</c> (wwwroot, with the SignalR browser client under
/// <c>lib/signalr/</c>), and <c>GET /api/dev/regions</c>, the regions the page may switch between. A page
/// served by one region calls the other region's API directly, so the API answers loopback pages (CORS).
/// </summary>
internal static class ChatPageComposition
{
    public const string RegionsRoute = "/api/dev/regions";

    private const string CorsPolicy = "chat-page";

    public static IServiceCollection AddChatPage(this IServiceCollection services) =>
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .SetIsOriginAllowed(IsLoopback)
            .AllowAnyMethod()
            .AllowAnyHeader()
            .AllowCredentials()
            .WithExposedHeaders("Retry-After")));

    public static WebApplication UseChatPage(this WebApplication app)
    {
        app.UseCors(CorsPolicy);
        // Limitation: a region taken down by a fault does not serve the page either; reload from the other region.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet(RegionsRoute, AnswerRegionsAsync);
        return app;
    }

    private static Task AnswerRegionsAsync(HttpContext context)
    {
        var region = context.RequestServices.GetRequiredService<RegionOptions>();
        return ActionResults.ExecuteAsync(context, new OkObjectResult(PageRegions.Of(region, context.Request)));
    }

    // The runner listens on loopback only; its pages come from loopback origins on the regions' ports.
    private static bool IsLoopback(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
