using System.Net.Security;

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>
/// The HTTP stack of a client of the local server: it trusts the server's self-signed certificate on that
/// endpoint alone, and sends nothing anywhere else. The SDK also calls the Azure instance metadata address
/// (169.254.169.254) when a client starts; off Azure that request can only hang or leak.
/// </summary>
internal sealed class LoopbackOnlyHandler(Uri endpoint) : DelegatingHandler(CreateTransport(endpoint))
{
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        return IsEndpoint(request.RequestUri, endpoint)
            ? base.SendAsync(request, cancellationToken)
            : Task.FromException<HttpResponseMessage>(new HttpRequestException(
                $"{request.RequestUri} is not the local Cosmos server {endpoint}; the request was not sent."));
    }

    private static HttpClientHandler CreateTransport(Uri endpoint) => new()
    {
        ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
            errors == SslPolicyErrors.None || IsEndpoint(request.RequestUri, endpoint),
    };

    private static bool IsEndpoint(Uri? requestUri, Uri endpoint) =>
        requestUri is not null
        && requestUri.Scheme == endpoint.Scheme
        && requestUri.Host == endpoint.Host
        && requestUri.Port == endpoint.Port;
}
