using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace ServerlessIm.Local.Triggers;

/// <summary>
/// Finds the functions of the Function App the way the worker's metadata generator does: public methods
/// marked <c>[Function]</c>, each with one parameter carrying a trigger binding attribute. Discovering them
/// here, rather than listing them, keeps the runner serving exactly what the Function App deploys.
/// </summary>
internal static class FunctionCatalog
{
    public static IReadOnlyList<FunctionMethod> Discover(IEnumerable<Assembly> assemblies) =>
        assemblies
            .SelectMany(static assembly => assembly.GetExportedTypes())
            .Where(static type => type.IsClass && (!type.IsAbstract || type.IsSealed))
            .SelectMany(static type => type.GetMethods(
                BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(ToFunction)
            .OfType<FunctionMethod>()
            .OrderBy(static function => function.Name, StringComparer.Ordinal)
            .ToList();

    private static FunctionMethod? ToFunction(MethodInfo method)
    {
        if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
        {
            return null;
        }

        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttributes().FirstOrDefault(static a => a is TriggerBindingAttribute) is { } trigger)
            {
                return new FunctionMethod(function.Name, method, parameter, trigger);
            }
        }

        throw new InvalidOperationException(
            $"Function '{function.Name}' ({method.DeclaringType?.Name}.{method.Name}) has no trigger parameter.");
    }
}
