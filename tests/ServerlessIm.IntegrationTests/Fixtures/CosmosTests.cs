namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>The test classes that share one Cosmos test server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class CosmosTests : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "Cosmos";
}
