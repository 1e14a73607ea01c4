using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ServerlessIm.Local.Hosting;

/// <summary>The runner's default logging: the product at Information, the frameworks at Warning.</summary>
internal static class RegionLogging
{
    public static ILoggingBuilder AddRegionConsole(this ILoggingBuilder logging, string region) =>
        logging
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System", LogLevel.Warning)
            .AddFilter("Azure", LogLevel.Warning)
            .AddConsole(static console => console.FormatterName = RegionConsoleFormatter.FormatterName)
            .AddConsoleFormatter<RegionConsoleFormatter, RegionConsoleFormatterOptions>(o => o.Region = region);
}
