using System.Text.Json.Nodes;

namespace ServerlessIm.Infra.Tests.Deployment;

/// <summary>
/// The resources a deployment would create, as <c>bicep snapshot</c> predicts them: every expression
/// that does not need a live resource is evaluated, the rest stays as an ARM expression string.
/// </summary>
internal sealed class Snapshot(IReadOnlyList<JsonObject> resources, JsonObject outputs)
{
    public IReadOnlyList<JsonObject> Resources { get; } = resources;

    public JsonObject Outputs { get; } = outputs;

    public static Snapshot Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var resources = root["predictedResources"]!.AsArray().Select(resource => resource!.AsObject()).ToList();

        return new Snapshot(resources, root["outputs"]!.AsObject());
    }

    public IReadOnlyList<JsonObject> OfType(string type) =>
        [
            .. Resources.Where(
                resource => string.Equals(resource.Text("type"), type, StringComparison.OrdinalIgnoreCase)),
        ];

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    public JsonObject Named(string type, string name) =>
        Assert.Single(OfType(type), resource => resource.Text("name") == name);
}
