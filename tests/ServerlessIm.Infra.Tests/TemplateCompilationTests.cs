using ServerlessIm.Infra.Tests.Bicep;

namespace ServerlessIm.Infra.Tests;

public sealed class TemplateCompilationTests
{
    [Fact]
    public async Task Lint_EveryBicepFile_ReportsNoWarningsOrErrors()
    {
        using var infra = InfraCopy.Create();
        var files = infra.Files(".bicep");

        var run = await RunOverAllAsync(infra, "lint", "**/*.bicep");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(files.Count, run.Sarif.LogCount);
        Assert.Empty(run.Sarif.WarningsAndErrors);
    }

    [Theory]
    [InlineData("build", ".bicep")]
    [InlineData("build-params", ".bicepparam")]
    public async Task Build_EveryTemplateAndParameterFile_CompilesWithoutWarningsOrErrors(
        string command, string extension)
    {
        using var infra = InfraCopy.Create();
        var files = infra.Files(extension);

        var run = await RunOverAllAsync(infra, command, "**/*" + extension);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Sarif.WarningsAndErrors);
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(File.Exists(Path.ChangeExtension(file, ".json")), $"{file}: no output"));
    }

    private static Task<BicepRun> RunOverAllAsync(InfraCopy infra, string command, string pattern) =>
        BicepCli.RunAsync(infra.Directory, command, "--pattern", pattern, "--diagnostics-format", "sarif");
}
