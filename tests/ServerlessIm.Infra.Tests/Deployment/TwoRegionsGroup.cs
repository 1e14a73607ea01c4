namespace ServerlessIm.Infra.Tests.Deployment;

/// <summary>Tests over the predicted deployments share one prediction of both regions.</summary>
[CollectionDefinition(Name)]
public sealed class TwoRegionsGroup : ICollectionFixture<TwoRegions>
{
    public const string Name = "Two regions";
}
