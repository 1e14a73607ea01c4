using System.Net.Security;
using Azure.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>Builds the region's <see cref="CosmosClient"/> from <see cref="CosmosOptions"/>.</summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = Validate(options);

        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "serverlessim",
            UseSystemTextJsonSerializerWithOptions = DocumentJson.Options,
            EnableContentResponseOnWrite = false,
        };

        if (endpoint.IsLoopback)
        {
            // A local server has one address and no direct-mode replicas to route to.
            clientOptions.ConnectionMode = ConnectionMode.Gateway;
            clientOptions.LimitToEndpoint = true;
        }

        if (options.AcceptSelfSignedCertificate)
        {
            clientOptions.HttpClientFactory = () => new HttpClient(TrustingOnly(endpoint));
        }

        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(endpoint.ToString(), new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(endpoint.ToString(), options.Key, clientOptions);
    }

    private static Uri Validate(CosmosOptions options)
    {
        var failures = new List<string>();
        if (options.AccountEndpoint is not { IsAbsoluteUri: true } endpoint)
        {
            failures.Add("Set Cosmos:AccountEndpoint (app setting Cosmos__AccountEndpoint) to the account's URL.");
            endpoint = null;
        }
        else if (options.AcceptSelfSignedCertificate && !endpoint.IsLoopback)
        {
            failures.Add(
                $"Cosmos:AcceptSelfSignedCertificate is only allowed for a loopback test server, not {endpoint.Host}.");
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            failures.Add("Set Cosmos:Database (app setting Cosmos__Database), for example 'serverlessim'.");
        }

        return failures.Count == 0
            ? endpoint!
            : throw new OptionsValidationException(CosmosOptions.SectionName, typeof(CosmosOptions), failures);
    }

    /// <summary>Accepts a certificate that fails validation only when it comes from the configured endpoint.</summary>
    private static HttpClientHandler TrustingOnly(Uri endpoint) => new()
    {
        ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
            errors == SslPolicyErrors.None
            || (request.RequestUri is { } uri
                && uri.IsLoopback
                && uri.Port == endpoint.Port
                && string.Equals(uri.Host, endpoint.Host, StringComparison.OrdinalIgnoreCase)),
    };
}
