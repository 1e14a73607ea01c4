using System.Text.Json.Nodes;

namespace ServerlessIm.Infra.Tests.Deployment;

/// <summary>One region as main.bicep and peering.bicep would deploy it with that region's parameter files.</summary>
internal sealed class RegionDeployment(string name, string peerName, Snapshot main, Snapshot peering)
{
    public string Name { get; } = name;

    public string PeerName { get; } = peerName;

    public Snapshot Main { get; } = main;

    public Snapshot Peering { get; } = peering;

    public JsonObject Site => Main.Single(ResourceTypes.Site);

    public string IdentityId => Id(ResourceTypes.Identity);

    public IReadOnlyDictionary<string, string> AppSettings =>
        Site.Objects("properties.siteConfig.appSettings")
            .ToDictionary(setting => setting.Text("name")!, setting => setting.Text("value")!, StringComparer.Ordinal);

    /// <summary>The id of the region's only resource of a type.</summary>
    public string Id(string type) => Main.Single(type).Text("id")!;

    /// <summary>The name of the region's only resource of a type.</summary>
    public string NameOf(string type) => Main.Single(type).Text("name")!;
}
