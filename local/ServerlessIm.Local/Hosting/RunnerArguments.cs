using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ServerlessIm.Local.Hosting;

/// <summary>
/// The runner's command line: <c>--regions westeurope,southeastasia --ports 7071,7072</c>, also taken from the
/// environment as <c>SERVERLESSIM_LOCAL_REGIONS</c> and <c>SERVERLESSIM_LOCAL_PORTS</c> (0 takes free ports).
/// </summary>
internal static class RunnerArguments
{
    public static LocalDeploymentOptions Parse(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("SERVERLESSIM_LOCAL_")
            .AddCommandLine(args)
            .Build();
        var defaults = new LocalDeploymentOptions();

        var regions = List(configuration["regions"]) ?? defaults.Regions;
        var ports = List(configuration["ports"])
            ?.Select(static p => int.Parse(p, CultureInfo.InvariantCulture))
            .ToList()
            ?? defaults.Ports;
        return new LocalDeploymentOptions { Regions = regions, Ports = ports };
    }

    private static List<string>? List(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
