using ServerlessIm.Client;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Bench.Scenarios;

/// <summary>Signs users in to the local deployment as clients of a region, preferring it, the other second.</summary>
internal sealed class Users(LocalDeployment deployment)
{
    public ServerlessImClient ClientOf(string userId, RegionHost region)
    {
        var options = new ServerlessImClientOptions
        {
            AccessToken = (_, _) => ValueTask.FromResult(region.IssueToken(userId)),
            RequestTimeout = TimeSpan.FromSeconds(30),
        };
        options.Regions.Add(region.BaseUrl);
        foreach (var other in deployment.Regions.Where(r => r != region))
        {
            options.Regions.Add(other.BaseUrl);
        }

        return new ServerlessImClient(options);
    }
}
