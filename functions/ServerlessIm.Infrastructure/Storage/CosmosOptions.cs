namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// The region's Cosmos DB account. In Azure only <see cref="AccountEndpoint"/> and <see cref="Database"/> are
/// set and the Function App's managed identity signs in; locally a generated <see cref="Key"/> is used.
/// </summary>
public sealed class CosmosOptions
{
    public const string SectionName = "Cosmos";

    /// <summary>For example <c>https://contoso-weu.documents.azure.com:443/</c>.</summary>
    public Uri? AccountEndpoint { get; set; }

    public string Database { get; set; } = "serverlessim";

    /// <summary>Account key, for local runs against the test server only; Azure uses managed identity.</summary>
    public string? Key { get; set; }

    /// <summary>Trusts the self-signed certificate of a loopback test server; refused for any other host.</summary>
    public bool AcceptSelfSignedCertificate { get; set; }
}
