using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>Client options that reach the local Cosmos server.</summary>
public static class CosmosTestClientOptions
{
    /// <summary>
    /// Sets on <paramref name="options"/> (or on new options) what the local server needs: gateway mode
    /// limited to <paramref name="endpoint"/>, and an HTTP client that accepts the server's self-signed
    /// certificate from that loopback endpoint and sends no request anywhere else (not even the SDK's
    /// start-up call to the Azure instance metadata address). Unless the caller chose a serializer,
    /// documents are (de)serialized with System.Text.Json in camelCase.
    /// </summary>
    /// <returns><paramref name="options"/> itself when given.</returns>
    public static CosmosClientOptions Create(Uri endpoint, CosmosClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Scheme != Uri.UriSchemeHttps || !endpoint.IsLoopback)
        {
            throw new ArgumentException(
                $"{endpoint} is not an https endpoint on a loopback address.", nameof(endpoint));
        }

        options ??= new CosmosClientOptions();
        options.ConnectionMode = ConnectionMode.Gateway;
        options.LimitToEndpoint = true;
        options.HttpClientFactory = () => new HttpClient(new LoopbackOnlyHandler(endpoint));
        if (options.Serializer is null && options.SerializerOptions is null
            && options.UseSystemTextJsonSerializerWithOptions is null)
        {
            options.UseSystemTextJsonSerializerWithOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            };
        }

        return options;
    }
}
