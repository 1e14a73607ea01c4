namespace ServerlessIm.Infra.Tests;

/// <summary>
/// A scratch copy of the repository's infra folder, linter configuration included: Bicep writes its
/// outputs beside the sources, and the tests must leave the working tree as they found it.
/// </summary>
internal sealed class InfraCopy : IDisposable
{
    private InfraCopy(string directory) => Directory = directory;

    public string Directory { get; }

    public static InfraCopy Create()
    {
        var target = System.IO.Directory.CreateTempSubdirectory("serverlessim-infra-").FullName;
        var source = TestAssets.InfraDirectory;
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return new InfraCopy(target);
    }

    public IReadOnlyList<string> Files(string extension) =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*" + extension, SearchOption.AllDirectories).Order()];

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
