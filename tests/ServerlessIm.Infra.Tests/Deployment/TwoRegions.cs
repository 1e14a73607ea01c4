using ServerlessIm.Infra.Tests.Bicep;

namespace ServerlessIm.Infra.Tests.Deployment;

/// <summary>
/// Both regions, predicted once per test run from their parameter files, with fixed subscription and
/// tenant ids and the resource group names the deployment guide uses.
/// </summary>
public sealed class TwoRegions : IAsyncLifetime
{
    public const string SubscriptionId = "5f0c1a9e-6d3b-4c2a-9e8f-1b7d2c3a4e50";
    public const string TenantId = "0b9e4f6a-2c1d-4e7f-8a3b-5d6c7e8f9a01";

    private static readonly (string Region, string Peer)[] Pairs =
    [
        ("southeastasia", "eastus"),
        ("eastus", "southeastasia"),
    ];

    private readonly Dictionary<string, RegionDeployment> _regions = new(StringComparer.Ordinal);

    /// <summary>Every region, for theories that must hold in each.</summary>
    public static TheoryData<string> Names => [.. Regions];

    internal static IEnumerable<string> Regions => Pairs.Select(pair => pair.Region);

    internal RegionDeployment this[string region] => _regions[region];

    internal RegionDeployment PeerOf(RegionDeployment region) => _regions[region.PeerName];

    internal static string ResourceGroup(string region) => $"rg-serverlessim-{region}";

    public async Task InitializeAsync()
    {
        using var infra = InfraCopy.Create();

        var regions = await Task.WhenAll(Pairs.Select(pair => PredictRegionAsync(infra, pair.Region, pair.Peer)));

        foreach (var region in regions)
        {
            _regions.Add(region.Name, region);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<RegionDeployment> PredictRegionAsync(InfraCopy infra, string region, string peer)
    {
        var main = SnapshotAsync(infra, Path.Combine("regions", region + ".bicepparam"), region);
        var peering = SnapshotAsync(infra, Path.Combine("peering", region + ".bicepparam"), region);

        return new RegionDeployment(region, peer, await main, await peering);
    }

    private static async Task<Snapshot> SnapshotAsync(InfraCopy infra, string parameterFile, string region)
    {
        var run = await BicepCli.RunAsync(
            infra.Directory,
            "snapshot", parameterFile,
            "--mode", "overwrite",
            "--subscription-id", SubscriptionId,
            "--tenant-id", TenantId,
            "--resource-group", ResourceGroup(region),
            "--location", region);
        Assert.True(run.ExitCode == 0, run.ToString());

        var snapshotFile = Path.Combine(infra.Directory, Path.ChangeExtension(parameterFile, ".snapshot.json"));
        return Snapshot.Parse(await File.ReadAllTextAsync(snapshotFile));
    }
}
