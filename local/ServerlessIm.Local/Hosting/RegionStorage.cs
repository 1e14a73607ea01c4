using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Infrastructure.Storage;

namespace ServerlessIm.Local.Hosting;

/// <summary>Creates a local region's database and containers, which in Azure the deployment creates.</summary>
internal static class RegionStorage
{
    public static Task EnsureCreatedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetService<CosmosContainers>() is { } containers
            ? containers.EnsureCreatedAsync(cancellationToken)
            : Task.CompletedTask;
}
