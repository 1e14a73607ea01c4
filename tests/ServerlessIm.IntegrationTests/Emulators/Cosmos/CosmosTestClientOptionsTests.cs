using Microsoft.Azure.Cosmos;
using ServerlessIm.Local.Emulators.Cosmos;

namespace ServerlessIm.IntegrationTests.Emulators.Cosmos;

public sealed class CosmosTestClientOptionsTests
{
    private static readonly Uri LocalEndpoint = new("https://127.0.0.1:8081/");

    [Fact]
    public void Create_LoopbackEndpoint_UsesGatewayLimitedToThatEndpoint()
    {
        var options = CosmosTestClientOptions.Create(LocalEndpoint);

        Assert.Equal(ConnectionMode.Gateway, options.ConnectionMode);
        Assert.True(options.LimitToEndpoint);
        Assert.NotNull(options.HttpClientFactory);
        Assert.NotNull(options.UseSystemTextJsonSerializerWithOptions);
    }

    [Fact]
    public void Create_RemoteEndpoint_ThrowsArgumentException()
    {
        var remote = new Uri("https://example.documents.azure.com:443/");

        Assert.Throws<ArgumentException>(() => CosmosTestClientOptions.Create(remote));
    }

    [Fact]
    public async Task HttpClientFactory_RequestBeyondTheServer_FailsWithoutBeingSent()
    {
        using var http = CosmosTestClientOptions.Create(LocalEndpoint).HttpClientFactory();

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => http.GetAsync(new Uri("http://169.254.169.254/metadata/instance")));

        Assert.Contains("was not sent", error.Message, StringComparison.Ordinal);
    }
}
