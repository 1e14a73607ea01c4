using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using ServerlessIm.Local.ChatPage;
using ServerlessIm.Local.Faults;
using ServerlessIm.Local.Realtime;
using ServerlessIm.Local.SignIn;
using ServerlessIm.Local.Triggers;
using ServerlessIm.Local.Triggers.Http;

namespace ServerlessIm.Local.Hosting;

/// <summary>A local region's routes: the runner's own (hub, negotiate, sign-in, faults), then the functions.</summary>
internal static class RegionPipeline
{
    public static IReadOnlyList<HttpFunctionRoute> MapLocalRegion(
        this WebApplication app,
        IReadOnlyList<FunctionMethod> functions,
        LocalFaults faults,
        RegionFaults regionFaults)
    {
        app.UseRegionDownGate(regionFaults);
        app.UseChatPage();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHub<ChatHub>(LocalHub.Path);
        app.MapLocalNegotiate();
        app.MapDevelopmentSignIn();
        app.MapFaultEndpoints(faults);

        var logger = app.Services.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(HttpFunctionEndpoints).FullName!);
        return HttpFunctionEndpoints.Map(app, functions, [LocalNegotiate.Route], logger);
    }
}
