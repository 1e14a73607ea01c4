using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServerlessIm.IntegrationTests.Realtime;

/// <summary>
/// Stands in for the SignalR Service's REST endpoint on a loopback port: records every call and answers
/// with scripted status codes, or holds calls until released.
/// </summary>
internal sealed class FakeSignalRService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ServiceCall> _calls = new();
    private readonly ConcurrentQueue<int> _script = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _answered;

    private FakeSignalRService(WebApplication app)
    {
        _app = app;
        _app.Run(AnswerAsync);
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The status for calls the script does not cover.</summary>
    public int DefaultStatus { get; set; } = StatusCodes.Status202Accepted;

    /// <summary>While true, calls are held (recorded but unanswered) until <see cref="Release"/>.</summary>
    public bool Holding { get; set; }

    public IReadOnlyList<ServiceCall> Calls => [.. _calls];

    public int Answered => Volatile.Read(ref _answered);

    public static async Task<FakeSignalRService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var service = new FakeSignalRService(builder.Build());
        await service._app.StartAsync();

        var addresses = service._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        service.Endpoint = new Uri(addresses.Addresses.Single());
        return service;
    }

    /// <summary>Answers the next calls with these statuses, in order.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public void Release() => _released.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : null;
        _calls.Enqueue(new ServiceCall(context.Request.GetEncodedUrl(), token, body));

        if (Holding)
        {
            await _released.Task.WaitAsync(context.RequestAborted);
        }

        context.Response.StatusCode = _script.TryDequeue(out var status) ? status : DefaultStatus;
        Interlocked.Increment(ref _answered);
    }
}
