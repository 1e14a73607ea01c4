using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>The Node package under local/cosmos-test-server, installed on first use with <c>npm ci</c>.</summary>
internal static class CosmosServerPackage
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static string Directory(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "local", "cosmos-test-server");

    public static async Task EnsureInstalledAsync(string packageDirectory, CancellationToken cancellationToken)
    {
        // Parallel test hosts of one checkout must not run npm ci over each other.
        using var installLock = await CrossProcessLock.AcquireAsync(
            LockPath(packageDirectory), InstallTimeout, cancellationToken);
        if (IsInstalled(packageDirectory))
        {
            return;
        }

        await RunNpmCiAsync(packageDirectory, cancellationToken);
        if (!IsInstalled(packageDirectory))
        {
            throw new InvalidOperationException(
                $"npm ci in {packageDirectory} succeeded but left no node_modules/@vercel/cosmosdb-server.");
        }
    }

    private static bool IsInstalled(string packageDirectory)
    {
        var modules = Path.Combine(packageDirectory, "node_modules");

        // npm writes its hidden lockfile last, so its presence means a finished install.
        return File.Exists(Path.Combine(modules, ".package-lock.json"))
            && File.Exists(Path.Combine(modules, "@vercel", "cosmosdb-server", "package.json"));
    }

    private static string LockPath(string packageDirectory)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(packageDirectory)));
        return Path.Combine(Path.GetTempPath(), $"serverlessim-npm-ci-{Convert.ToHexString(hash, 0, 8)}.lock");
    }

    private static async Task RunNpmCiAsync(string packageDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = packageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--ignore-scripts", "--no-audit", "--no-fund" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var npm = NodeTool.Start(startInfo);
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"npm ci in {packageDirectory} failed with exit code {npm.ExitCode}; the local Cosmos server " +
                $"needs its Node packages.{Environment.NewLine}{await output}{await errors}");
        }
    }
}
