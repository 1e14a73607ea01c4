using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Infrastructure.Composition;

namespace ServerlessIm.Functions;

/// <summary>The services the function classes need; the Functions host and the local runner both call this.</summary>
public static class FunctionAppComposition
{
    public static IServiceCollection AddServerlessImFunctions(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddServerlessImRegion(configuration);
        services.AddSingleton<Authentication>();
        return services;
    }
}
