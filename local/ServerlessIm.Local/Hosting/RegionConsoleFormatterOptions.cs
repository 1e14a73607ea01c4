using Microsoft.Extensions.Logging.Console;

namespace ServerlessIm.Local.Hosting;

/// <summary>The region whose name tags every line.</summary>
internal sealed class RegionConsoleFormatterOptions : ConsoleFormatterOptions
{
    public string Region { get; set; } = "";
}
