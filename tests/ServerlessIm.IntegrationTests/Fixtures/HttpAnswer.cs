using System.Text.Json;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>What a function answered, as a client would receive it.</summary>
public sealed record HttpAnswer(int Status, string? ContentType, JsonElement Body)
{
    public bool IsProblem => ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true;

    /// <summary>The problem's stable <c>type</c>.</summary>
    public string? ProblemType => IsProblem ? Body.GetProperty("type").GetString() : null;

    public long Number(string property) => Body.GetProperty(property).GetInt64();

    public string? Text(string property) => Body.GetProperty(property).GetString();
}
