using Microsoft.Azure.Functions.Worker;

namespace ServerlessIm.Local.Triggers.Http;

/// <summary>A route template and its methods (none means every method).</summary>
internal sealed record HttpFunctionRoute(string Pattern, IReadOnlyList<string> Methods)
{
    public static HttpFunctionRoute Of(FunctionMethod function)
    {
        var trigger = (HttpTriggerAttribute)function.Trigger;
        var methods = (trigger.Methods ?? []).Select(static m => m.ToUpperInvariant()).ToList();
        return new HttpFunctionRoute(HttpFunctionEndpoints.RoutePrefix + (trigger.Route ?? function.Name), methods);
    }

    public bool Overlaps(HttpFunctionRoute other) =>
        string.Equals(Pattern.TrimEnd('/'), other.Pattern.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && (Methods.Count == 0 || other.Methods.Count == 0 || Methods.Intersect(other.Methods).Any());

    public override string ToString() =>
        (Methods.Count == 0 ? "*" : string.Join(',', Methods)) + " " + Pattern;
}
