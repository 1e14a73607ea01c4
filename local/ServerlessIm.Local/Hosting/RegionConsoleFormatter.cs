using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ServerlessIm.Local.Hosting;

/// <summary>One line per entry, tagged with the region, so two regions can share one console.</summary>
internal sealed class RegionConsoleFormatter(IOptionsMonitor<RegionConsoleFormatterOptions> options)
    : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "serverlessim-region";

    public override void Write<TState>(
        in LogEntry<TState> logEntry,
        IExternalScopeProvider? scopeProvider,
        TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var category = logEntry.Category[(logEntry.Category.LastIndexOf('.') + 1)..];
        textWriter.Write(DateTimeOffset.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture));
        textWriter.Write(' ');
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(" [");
        textWriter.Write(options.CurrentValue.Region);
        textWriter.Write("] ");
        textWriter.Write(category);
        textWriter.Write(": ");
        textWriter.WriteLine(message);
        if (logEntry.Exception is not null)
        {
            textWriter.WriteLine(logEntry.Exception.ToString());
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };
}
