using System.Reflection;

namespace ServerlessIm.Infra.Tests;

/// <summary>Paths the build hands to the tests through assembly metadata.</summary>
internal static class TestAssets
{
    public static string BicepPath => Metadata("BicepPath");

    public static string InfraDirectory => Metadata("InfraDirectory");

    private static string Metadata(string key) =>
        typeof(TestAssets).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key)
            .Value
        ?? throw new InvalidOperationException($"The test assembly carries no '{key}' metadata; rebuild it.");
}
