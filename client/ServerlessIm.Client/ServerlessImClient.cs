using System.Net;
using ServerlessIm.Client.Conversations;
using ServerlessIm.Client.Messages;
using ServerlessIm.Client.Realtime;
using ServerlessIm.Client.Transport;

namespace ServerlessIm.Client;

/// <summary>
/// A device's connection to ServerlessIm. Sends in order with client message ids, keeps what is not yet
/// sequenced, and when its region stops answering switches to the next one, resends in order and resyncs,
/// so nothing is lost or shown twice. Delivers each conversation's messages in seq order.
/// </summary>
public sealed class ServerlessImClient : IAsyncDisposable
{
    private const string DeviceSeqAheadType = "urn:serverlessim:problem:device-seq-ahead";

    private readonly ServerlessImClientOptions _options;
    private readonly HttpClient _http;
    private readonly RegionRouter _router;
    private readonly ApiTransport _transport;
    private readonly Outbox _outbox = new();
    private readonly Inbox _inbox = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly SemaphoreSlim _delivering = new(1, 1);
    private readonly RealtimeLink _realtime;

    /// <summary>Creates a client; nothing is sent until a method is called.</summary>
    public ServerlessImClient(ServerlessImClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _router = new RegionRouter(options.Regions);
        _http = options.HttpHandler is null ? new HttpClient() : new HttpClient(options.HttpHandler, false);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _transport = new ApiTransport(_http, _router, options);
        _realtime = new RealtimeLink(_transport, options, OnPushedAsync);
    }

    /// <summary>The region the client talks to now.</summary>
    public Uri CurrentRegion => _router.Current;

    /// <summary>Raised after the client switched to another region, resent and resynced.</summary>
    public event EventHandler<Uri>? RegionChanged;

    /// <summary>Raised for each sequenced message, per conversation in seq order, once.</summary>
    public event EventHandler<ChatMessage>? MessageReceived;

    /// <summary>How many sent messages the client has not yet seen sequenced.</summary>
    public int UnsequencedCount => _outbox.Unsequenced().Count;

    /// <summary>The highest seq delivered for the conversation.</summary>
    public long LastSeq(string conversationId) => _inbox.LastSeq(conversationId);

    /// <summary>Creates a conversation with the caller and <paramref name="members"/>.</summary>
    public Task<ConversationInfo> CreateConversationAsync(
        IEnumerable<string> members,
        string? title = null,
        CancellationToken cancellationToken = default) =>
        WithFailoverAsync(async () =>
        {
            var body = new { members = members.ToList(), title };
            var answer = await _transport.SendAsync<ConversationInfo>(
                HttpMethod.Post, "api/conversations", body, cancellationToken);
            return Expect(answer);
        }, cancellationToken);

    /// <summary>The caller's conversations (the first page of up to 200).</summary>
    public Task<IReadOnlyList<ConversationInfo>> ListConversationsAsync(
        CancellationToken cancellationToken = default) =>
        WithFailoverAsync(async () =>
        {
            var answer = await _transport.SendAsync<ConversationList>(
                HttpMethod.Get, "api/conversations?limit=200", null, cancellationToken);
            return Expect(answer).Conversations;
        }, cancellationToken);

    /// <summary>
    /// Sends a message. The answer is <c>sequenced</c> when the region is the conversation's home, otherwise
    /// <c>pending</c>: it arrives through <see cref="MessageReceived"/> once sequenced.
    /// </summary>
    public async Task<ChatMessage> SendAsync(
        string conversationId,
        string body,
        CancellationToken cancellationToken = default)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            var message = _outbox.Add(conversationId, body);
            return await WithFailoverAsync(() => DeliverAsync(message, cancellationToken), cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Fetches and delivers every sequenced message after the last one delivered.</summary>
    /// <returns>The messages delivered by this call, in seq order.</returns>
    public Task<IReadOnlyList<ChatMessage>> SyncAsync(
        string conversationId,
        CancellationToken cancellationToken = default) =>
        WithFailoverAsync(() => SyncHereAsync(conversationId, cancellationToken), cancellationToken);

    /// <summary>
    /// Connects to the current region's realtime hub; pushes then arrive through <see cref="MessageReceived"/>.
    /// </summary>
    public Task StartRealtimeAsync(CancellationToken cancellationToken = default) =>
        WithFailoverAsync(() => _realtime.StartAsync(cancellationToken), cancellationToken);

    /// <summary>Closes the realtime connection; <see cref="SyncAsync"/> still catches up by seq.</summary>
    public Task StopRealtimeAsync() => _realtime.StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _realtime.DisposeAsync();
        _http.Dispose();
        _sending.Dispose();
        _delivering.Dispose();
    }

    private async Task<ChatMessage> DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var body = new { message.ClientMessageId, deviceId = _options.DeviceId, message.DeviceSeq, message.Body };
        var path = $"api/conversations/{Uri.EscapeDataString(message.ConversationId)}/messages";

        var answer = await _transport.SendAsync<ChatMessage>(HttpMethod.Post, path, body, cancellationToken);
        if (answer.Problem is { Type: DeviceSeqAheadType, ExpectedDeviceSeq: { } expected }
            && expected < message.DeviceSeq)
        {
            // The region has not seen some earlier messages of this device (sent elsewhere): send them first.
            var earlier = _outbox.Range(message.ConversationId, expected, message.DeviceSeq)
                ?? throw new ServerlessImException(409, DeviceSeqAheadType, "Earlier messages are no longer known.");
            foreach (var previous in earlier)
            {
                await DeliverAsync(previous, cancellationToken);
            }

            answer = await _transport.SendAsync<ChatMessage>(HttpMethod.Post, path, body, cancellationToken);
        }

        var sent = Expect(answer);
        if (sent.IsSequenced)
        {
            _outbox.Sequenced(message.ConversationId, message.ClientMessageId);
        }

        return sent;
    }

    private async Task<IReadOnlyList<ChatMessage>> SyncHereAsync(string conversationId, CancellationToken ct)
    {
        var delivered = new List<ChatMessage>();
        await _delivering.WaitAsync(ct);
        try
        {
            while (true)
            {
                var after = _inbox.LastSeq(conversationId);
                var path = $"api/conversations/{Uri.EscapeDataString(conversationId)}/messages?after={after}&limit=200";
                var page = Expect(await _transport.SendAsync<MessagePage>(HttpMethod.Get, path, null, ct));
                var taken = page.Messages.Where(Deliver).ToList();
                delivered.AddRange(taken);
                if (taken.Count == 0)
                {
                    return delivered;
                }
            }
        }
        finally
        {
            _delivering.Release();
        }
    }

    private async Task OnPushedAsync(ChatMessage message)
    {
        if (_inbox.IsAhead(message))
        {
            await SyncAsync(message.ConversationId);
            return;
        }

        await _delivering.WaitAsync();
        try
        {
            Deliver(message);
        }
        finally
        {
            _delivering.Release();
        }
    }

    private bool Deliver(ChatMessage message)
    {
        if (!_inbox.TryTake(message))
        {
            return false;
        }

        _outbox.Sequenced(message.ConversationId, message.ClientMessageId);
        MessageReceived?.Invoke(this, message);
        return true;
    }

    /// <summary>
    /// Runs <paramref name="operation"/> on the current region; when the region is unreachable, switches to
    /// the next, resends every unsequenced message in order, and runs the operation there.
    /// </summary>
    private async Task<T> WithFailoverAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        var switched = false;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (switched)
                {
                    await SwitchedAsync(cancellationToken);
                    switched = false;
                }

                return await operation();
            }
            catch (RegionUnreachableException ex) when (attempt < 2 * _router.Count)
            {
                // Whoever moves the router on resends; a caller that lost that race just retries.
                switched |= _router.MoveOnFrom(ex.Region);
            }
        }
    }

    private async Task WithFailoverAsync(Func<Task> operation, CancellationToken cancellationToken) =>
        await WithFailoverAsync(async () => { await operation(); return true; }, cancellationToken);

    private async Task SwitchedAsync(CancellationToken cancellationToken)
    {
        foreach (var message in _outbox.Unsequenced())
        {
            await DeliverAsync(message, cancellationToken);
        }

        await _realtime.RestartIfStartedAsync(cancellationToken);
        RegionChanged?.Invoke(this, _router.Current);
    }

    private static T Expect<T>((HttpStatusCode Status, T? Body, Problem? Problem) answer) =>
        answer.Body
        ?? throw new ServerlessImException((int)answer.Status, answer.Problem?.Type, answer.Problem?.Detail);
}
