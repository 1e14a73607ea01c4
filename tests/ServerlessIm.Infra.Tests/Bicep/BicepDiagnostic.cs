using System.Text.Json;

namespace ServerlessIm.Infra.Tests.Bicep;

/// <summary>One diagnostic of the compiler or the linter.</summary>
internal sealed record BicepDiagnostic(string Level, string RuleId, string Message, string Location)
{
    public static BicepDiagnostic FromSarif(JsonElement result)
    {
        // SARIF leaves the level out when it is the default, "warning".
        var level = result.TryGetProperty("level", out var value) ? value.GetString() ?? "warning" : "warning";
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString();
        var line = location.GetProperty("region").GetProperty("startLine").GetInt32();

        return new BicepDiagnostic(
            level,
            result.GetProperty("ruleId").GetString() ?? "",
            result.GetProperty("message").GetProperty("text").GetString() ?? "",
            $"{uri}:{line}");
    }

    public override string ToString() => $"{Location} {Level} {RuleId}: {Message}";
}
