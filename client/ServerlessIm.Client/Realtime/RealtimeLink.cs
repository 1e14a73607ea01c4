using Microsoft.AspNetCore.SignalR.Client;
using ServerlessIm.Client.Messages;
using ServerlessIm.Client.Transport;

namespace ServerlessIm.Client.Realtime;

/// <summary>
/// The SignalR connection to the current region's hub (Azure SignalR Service, or the local hub). Pushes are
/// hints: the client still orders by seq and syncs over a gap.
/// </summary>
internal sealed class RealtimeLink(
    ApiTransport transport,
    ServerlessImClientOptions options,
    Func<ChatMessage, Task> onPushed) : IAsyncDisposable
{
    private const string MessageMethod = "message";

    private HubConnection? _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await StopAsync();

        var answer = await transport.SendAsync<Negotiation>(
            HttpMethod.Post, "api/negotiate", new { }, cancellationToken);
        var negotiation = answer.Body
            ?? throw new ServerlessImException((int)answer.Status, answer.Problem?.Type, answer.Problem?.Detail);

        var connection = new HubConnectionBuilder()
            .WithUrl(negotiation.Url, http =>
            {
                http.AccessTokenProvider = () => Task.FromResult<string?>(negotiation.AccessToken);
                if (options.HttpHandler is { } handler)
                {
                    http.HttpMessageHandlerFactory = _ => handler;
                }
            })
            .WithAutomaticReconnect()
            .Build();
        connection.On<ChatMessage>(MessageMethod, onPushed);

        await connection.StartAsync(cancellationToken);
        _connection = connection;
    }

    public async Task RestartIfStartedAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
        {
            await StartAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            await connection.DisposeAsync();
        }
    }
}
