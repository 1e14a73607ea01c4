using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>The local runner started as users start it, as a process of its own, from this build's output.</summary>
internal sealed partial class RunnerProcess : IDisposable
{
    private const string ReadyLine = "Ready. Ctrl+C stops everything.";
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunnerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Received(line.Data);
        _process.ErrorDataReceived += (_, line) => Received(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    public static RunnerProcess Start(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(RunnerAssembly());
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return new RunnerProcess(Process.Start(startInfo)!);
    }

    /// <returns>The regions' API base URLs, as the banner prints them.</returns>
    public async Task<IReadOnlyList<Uri>> WaitForReadyAsync(TimeSpan deadline)
    {
        await Task.WhenAny(_ready.Task, _process.WaitForExitAsync()).WaitAsync(deadline);
        if (!_ready.Task.IsCompleted)
        {
            throw new InvalidOperationException($"The runner exited before it was ready:{Environment.NewLine}{Output}");
        }

        return ApiUrl().Matches(Output).Select(static m => new Uri(m.Value)).Distinct().ToList();
    }

    /// <summary>The "Started in" figure the banner prints.</summary>
    public TimeSpan StartedIn =>
        StartedInLine().Match(Output) is { Success: true } match
            ? TimeSpan.FromSeconds(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            : TimeSpan.Zero;

    /// <summary>Sends SIGTERM, as a service manager or <c>kill</c> does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan deadline)
    {
        await _process.WaitForExitAsync().WaitAsync(deadline);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line == ReadyLine)
        {
            _ready.TrySetResult();
        }
    }

    private static string RunnerAssembly()
    {
        // tests/ServerlessIm.IntegrationTests/bin/<Configuration>/net10.0/ -> local/ServerlessIm.Local/bin/...
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var project = Path.Combine(root, "local", "ServerlessIm.Local");
        return Path.Combine(project, "bin", configuration, framework, "ServerlessIm.Local.dll");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/api/(?=\s|$)")]
    private static partial Regex ApiUrl();

    [GeneratedRegex(@"Started in\s+([0-9.]+) s")]
    private static partial Regex StartedInLine();
}
