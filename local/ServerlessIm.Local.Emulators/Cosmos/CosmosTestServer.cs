using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Azure.Cosmos;

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>
/// An in-memory Cosmos DB (NoSQL API) server in a Node child process, listening on a free loopback port.
/// </summary>
/// <remarks>
/// The child exits when its standard input closes, so it dies with this process even when this process
/// is killed. Limitation: TransactionalBatch is not supported and the change feed is not served; design
/// each atomic step as one conditional single-document operation.
/// </remarks>
public sealed class CosmosTestServer : IAsyncDisposable
{
    private static readonly TimeSpan ListeningTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan GracefulExitTimeout = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly OutputTail _errors;
    private int _disposed;

    private CosmosTestServer(Process process, OutputTail errors, Uri endpoint)
    {
        _process = process;
        _errors = errors;
        Endpoint = endpoint;
    }

    /// <summary>The server's address, <c>https://127.0.0.1:port/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>An account key made for this run; the server accepts any key.</summary>
    public string Key { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    /// <summary>The id of the Node process that serves.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Installs the server's Node packages if they are missing, then starts it.</summary>
    public static async Task<CosmosTestServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var packageDirectory = CosmosServerPackage.Directory(RepositoryRoot.Find());
        await CosmosServerPackage.EnsureInstalledAsync(packageDirectory, cancellationToken);

        var process = NodeTool.Start(ServerStartInfo(packageDirectory));
        var errors = OutputTail.Attach(process);
        try
        {
            var endpoint = await ReadEndpointAsync(process, errors, cancellationToken);

            // Nothing more is expected on standard output; drain it so that a stray line cannot block the server.
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            return new CosmosTestServer(process, errors, endpoint);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>A client for this server; see <see cref="CosmosTestClientOptions.Create"/>.</summary>
    public CosmosClient CreateClient(CosmosClientOptions? options = null) =>
        new(Endpoint.ToString(), Key, CosmosTestClientOptions.Create(Endpoint, options));

    /// <summary>Stops the server; its data is gone.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync();
        _process.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"Cosmos test server {Endpoint} (pid {ProcessId})";

    private static ProcessStartInfo ServerStartInfo(string packageDirectory)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = packageDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("server.mjs");
        startInfo.ArgumentList.Add("--port");
        startInfo.ArgumentList.Add("0");
        return startInfo;
    }

    private static async Task<Uri> ReadEndpointAsync(
        Process process, OutputTail errors, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ListeningTimeout);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The Cosmos test server did not report listening within {ListeningTimeout}."
                + $"{Environment.NewLine}{errors}");
        }

        return ListeningLine.ParseEndpoint(line)
            ?? throw new InvalidOperationException(
                $"The Cosmos test server did not start; it printed '{line}'.{Environment.NewLine}{errors}");
    }

    private async Task StopAsync()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The server is already gone.
        }

        using var grace = new CancellationTokenSource(GracefulExitTimeout);
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            // Did not exit on its own; killed below.
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }
}
