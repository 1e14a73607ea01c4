using System.Diagnostics;

namespace ServerlessIm.Infra.Tests.Bicep;

/// <summary>Runs the Bicep CLI that the Azure.Bicep.CommandLine package restores.</summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<string> Executable = new(PrepareExecutable);

    public static async Task<BicepRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} ran longer than {Timeout}.");
        }

        return new BicepRun(process.ExitCode, await output, await error);
    }

    private static string PrepareExecutable()
    {
        var path = TestAssets.BicepPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI is missing; restore the test project.", path);
        }

        // The package ships a Linux executable, and extraction does not always keep its execute bit.
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The infrastructure tests run the linux-x64 Bicep CLI.");
        }

        const UnixFileMode execute =
            UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & execute) != execute)
        {
            File.SetUnixFileMode(path, mode | execute);
        }

        return path;
    }
}
