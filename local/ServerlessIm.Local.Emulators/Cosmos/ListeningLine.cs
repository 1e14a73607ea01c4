using System.Text.Json;

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>Reads the line the server prints once it listens: <c>{"event":"listening","endpoint":"..."}</c>.</summary>
internal static class ListeningLine
{
    public static Uri? ParseEndpoint(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var isListening = root.TryGetProperty("event", out var kind) && kind.GetString() == "listening";
            return isListening && root.TryGetProperty("endpoint", out var endpoint)
                && Uri.TryCreate(endpoint.GetString(), UriKind.Absolute, out var uri)
                ? uri
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
