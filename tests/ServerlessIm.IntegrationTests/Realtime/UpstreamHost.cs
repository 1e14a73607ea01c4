using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Realtime;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.IntegrationTests.Realtime;

/// <summary>
/// The SignalRUpstream function behind its route on a loopback Kestrel, executing its answers as the
/// Functions host's ASP.NET Core integration does.
/// </summary>
internal sealed class UpstreamHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UpstreamHost(WebApplication app)
    {
        _app = app;
    }

    public HttpClient Client { get; } = new();

    public static async Task<UpstreamHost> StartAsync(SignalROptions options, SendService sends)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddMvcCore();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sends);

        var app = builder.Build();
        app.MapPost("/api/signalr/upstream/{hub}/{category}/{event}", RunFunctionAsync);
        await app.StartAsync();

        var host = new UpstreamHost(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        host.Client.BaseAddress = new Uri(address.Addresses.Single());
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private static async Task RunFunctionAsync(HttpContext context)
    {
        var route = context.GetRouteData();
        var function = ActivatorUtilities.CreateInstance<SignalRUpstreamFunction>(context.RequestServices);

        var result = await function.RunAsync(
            context.Request,
            (string)route.Values["hub"]!,
            (string)route.Values["category"]!,
            (string)route.Values["event"]!);

        await result.ExecuteResultAsync(new ActionContext(context, route, new ActionDescriptor()));
    }
}
