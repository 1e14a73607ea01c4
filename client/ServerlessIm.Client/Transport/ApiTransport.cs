using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServerlessIm.Client.Transport;

/// <summary>
/// Sends one request to the current region. A region that does not answer, times out, or says it cannot serve
/// (502, 503 other than "busy", 504) raises <see cref="RegionUnreachableException"/>; a busy conversation is
/// retried in place after the service's Retry-After.
/// </summary>
internal sealed class ApiTransport(HttpClient http, RegionRouter router, ServerlessImClientOptions options)
{
    private const string BusyType = "urn:serverlessim:problem:busy";
    private const int BusyRetries = 5;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(HttpStatusCode Status, T? Body, Problem? Problem)> SendAsync<T>(
        HttpMethod method,
        string path,
        object? body,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var region = router.Current;
            using var response = await SendOnceAsync(region, method, path, body, cancellationToken);

            if (response.IsSuccessStatusCode)
            {
                var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return (response.StatusCode, value, null);
            }

            var problem = await ReadProblemAsync(response, cancellationToken);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && problem?.Type == BusyType
                && attempt < BusyRetries)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
                or HttpStatusCode.GatewayTimeout)
            {
                throw new RegionUnreachableException(region, $"answered {(int)response.StatusCode}");
            }

            return (response.StatusCode, default, problem);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(
        Uri region,
        HttpMethod method,
        string path,
        object? body,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);

        try
        {
            using var request = new HttpRequestMessage(method, new Uri(region, path));
            var token = await options.AccessToken(region, timeout.Token);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, options: Json);
            }

            return await http.SendAsync(request, timeout.Token);
        }
        catch (HttpRequestException ex)
        {
            throw new RegionUnreachableException(region, "no connection", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RegionUnreachableException(region, "timed out", ex);
        }
    }

    private static async Task<Problem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<Problem>(Json, ct);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
