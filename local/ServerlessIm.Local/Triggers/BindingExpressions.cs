using Microsoft.Extensions.Configuration;

namespace ServerlessIm.Local.Triggers;

/// <summary>Resolves <c>%Name%</c> in binding attributes from app settings, as the Functions host does.</summary>
internal static class BindingExpressions
{
    public static string? Resolve(IConfiguration configuration, string? value)
    {
        if (value is not { Length: > 2 } || value[0] != '%' || value[^1] != '%')
        {
            return value;
        }

        var name = value[1..^1];
        return configuration[name]
            ?? configuration[name.Replace("__", ":", StringComparison.Ordinal)]
            ?? throw new InvalidOperationException(
                $"The binding expression {value} names the unset app setting '{name}'.");
    }
}
