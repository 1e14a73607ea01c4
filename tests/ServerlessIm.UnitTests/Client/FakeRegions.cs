using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServerlessIm.UnitTests.Client;

/// <summary>
/// Answers the client's requests as regions would: per host, a region is down (no connection) or answers
/// sends with a status chosen by the test, recording what it received.
/// </summary>
internal sealed class FakeRegions : HttpMessageHandler
{
    public static readonly Uri A = new("http://region-a.test/");
    public static readonly Uri B = new("http://region-b.test/");

    private readonly Lock _lock = new();

    public HashSet<string> Down { get; } = [];

    public List<(string Host, string ClientMessageId, long DeviceSeq)> Received { get; } = [];

    /// <summary>Decides the answer to a send; by default 202 pending.</summary>
    public Func<string, JsonElement, HttpResponseMessage> OnSend { get; set; } = (_, body) => Pending(body);

    public Func<string, string, HttpResponseMessage> OnGet { get; set; } =
        (_, _) => new HttpResponseMessage(HttpStatusCode.NotFound);

    public static HttpResponseMessage Pending(JsonElement body) => Answer(HttpStatusCode.Accepted, View(body, null));

    public static HttpResponseMessage Sequenced(JsonElement body, long seq) =>
        Answer(HttpStatusCode.Created, View(body, seq));

    public static HttpResponseMessage Answer(
        HttpStatusCode status,
        object body,
        string mediaType = "application/json") =>
        new(status) { Content = JsonContent.Create(body, mediaType: new(mediaType)) };

    public static object View(JsonElement body, long? seq, string conversationId = "c1") => new
    {
        status = seq is null ? "pending" : "sequenced",
        conversationId,
        seq,
        epoch = seq is null ? (long?)null : 1,
        senderId = "alice",
        deviceId = body.GetProperty("deviceId").GetString(),
        deviceSeq = body.GetProperty("deviceSeq").GetInt64(),
        clientMessageId = body.GetProperty("clientMessageId").GetString(),
        body = body.GetProperty("body").GetString(),
        sentAt = DateTimeOffset.UnixEpoch,
        acceptedBy = "a",
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var host = request.RequestUri!.Host;
        if (Down.Contains(host))
        {
            throw new HttpRequestException("Connection refused");
        }

        if (request.Method == HttpMethod.Get)
        {
            return OnGet(host, request.RequestUri.PathAndQuery);
        }

        var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(ct)).RootElement.Clone();
        lock (_lock)
        {
            var clientMessageId = body.GetProperty("clientMessageId").GetString()!;
            Received.Add((host, clientMessageId, body.GetProperty("deviceSeq").GetInt64()));
        }

        return OnSend(host, body);
    }
}
