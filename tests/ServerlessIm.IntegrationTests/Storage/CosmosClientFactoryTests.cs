using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using ServerlessIm.Infrastructure.Storage;

namespace ServerlessIm.IntegrationTests.Storage;

public sealed class CosmosClientFactoryTests
{
    [Fact]
    public void Create_SelfSignedCertificateForARemoteAccount_ThrowsNamingTheSetting()
    {
        var options = new CosmosOptions
        {
            AccountEndpoint = new Uri("https://contoso.documents.azure.com:443/"),
            AcceptSelfSignedCertificate = true,
        };

        var thrown = Assert.Throws<OptionsValidationException>(() => CosmosClientFactory.Create(options));

        Assert.Contains("AcceptSelfSignedCertificate", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoEndpoint_ThrowsNamingTheAppSetting()
    {
        var thrown = Assert.Throws<OptionsValidationException>(() => CosmosClientFactory.Create(new CosmosOptions()));

        Assert.Contains("Cosmos__AccountEndpoint", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LoopbackEndpoint_UsesGatewayModeLimitedToIt()
    {
        var options = new CosmosOptions { AccountEndpoint = new Uri("https://127.0.0.1:8081/"), Key = "a2V5" };

        using var client = CosmosClientFactory.Create(options);

        Assert.Equal(ConnectionMode.Gateway, client.ClientOptions.ConnectionMode);
        Assert.True(client.ClientOptions.LimitToEndpoint);
    }

    [Fact]
    public void Create_RemoteEndpoint_UsesDirectModeWithoutEndpointLimit()
    {
        var options = new CosmosOptions { AccountEndpoint = new Uri("https://contoso.documents.azure.com:443/") };

        using var client = CosmosClientFactory.Create(options);

        Assert.Equal(ConnectionMode.Direct, client.ClientOptions.ConnectionMode);
        Assert.False(client.ClientOptions.LimitToEndpoint);
    }
}
