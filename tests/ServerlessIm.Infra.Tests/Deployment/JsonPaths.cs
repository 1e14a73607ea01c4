using System.Text.Json.Nodes;

namespace ServerlessIm.Infra.Tests.Deployment;

/// <summary>Reads values out of a predicted resource by a dotted path such as <c>properties.httpsOnly</c>.</summary>
internal static class JsonPaths
{
    public static JsonNode? At(this JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var step in path.Split('.'))
        {
            current = current?[step];
        }

        return current;
    }

    public static string? Text(this JsonNode node, string path) => node.At(path)?.GetValue<string>();

    public static bool? Flag(this JsonNode node, string path) => node.At(path)?.GetValue<bool>();

    public static IReadOnlyList<string> Strings(this JsonNode node, string path) =>
        [.. node.At(path)?.AsArray().Select(item => item!.GetValue<string>()) ?? []];

    public static IReadOnlyList<JsonObject> Objects(this JsonNode node, string path) =>
        [.. node.At(path)?.AsArray().Select(item => item!.AsObject()) ?? []];
}
