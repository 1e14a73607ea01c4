using Microsoft.AspNetCore.Http;
using ServerlessIm.Core.Regions;

namespace ServerlessIm.Local.ChatPage;

/// <summary>The answer of <c>GET /api/dev/regions</c>: the region that answered, then all regions of the run.</summary>
internal sealed record PageRegions(string Region, IReadOnlyList<PageRegion> Regions)
{
    public static PageRegions Of(RegionOptions options, HttpRequest request)
    {
        var here = new PageRegion(options.Region, new Uri($"{request.Scheme}://{request.Host}/"));
        IReadOnlyList<PageRegion> regions = options.PeerBaseUrl is { } peer
            ? [here, new PageRegion(options.PeerRegion, peer)]
            : [here];
        return new PageRegions(options.Region, regions);
    }
}
