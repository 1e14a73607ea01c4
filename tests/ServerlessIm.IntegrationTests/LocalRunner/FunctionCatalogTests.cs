using Microsoft.Azure.Functions.Worker;
using ServerlessIm.Functions;
using ServerlessIm.Local.Triggers;
using ServerlessIm.Local.Triggers.Http;
using ServerlessIm.Local.Triggers.Kafka;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>The runner finds the Function App's functions as the worker's metadata generator does.</summary>
public sealed class FunctionCatalogTests
{
    private static readonly IReadOnlyList<FunctionMethod> Functions =
        FunctionCatalog.Discover([typeof(FunctionAppComposition).Assembly]);

    [Fact]
    public void Discover_FunctionApp_FindsTheHttpRoutesWithTheirMethods()
    {
        var routes = Functions.Where(static f => f.Trigger is HttpTriggerAttribute).Select(HttpFunctionRoute.Of)
            .Select(static r => r.ToString())
            .ToList();

        Assert.Contains("POST /api/conversations/{conversationId}/messages", routes);
        Assert.Contains("GET /api/conversations/{conversationId}/messages", routes);
        Assert.Contains("GET /api/health", routes);
        Assert.Contains("POST /api/negotiate", routes);
    }

    [Fact]
    public void Discover_FunctionApp_FindsTheKafkaTriggerAsABatch()
    {
        var kafka = Assert.Single(Functions, static f => f.HasTrigger(KafkaTriggerSettings.AttributeName));

        Assert.Equal("ApplyPeerEvents", kafka.Name);
        Assert.Equal(typeof(string[]), kafka.TriggerParameter.ParameterType);
    }

    [Fact]
    public void Discover_FunctionApp_FindsTheReplicationTimers()
    {
        var timers = Functions.Where(static f => f.Trigger is TimerTriggerAttribute).Select(static f => f.Name);

        Assert.Equal(["PublishHeartbeat", "RepairGaps", "SweepOutbox"], timers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Overlaps_SameRouteAndMethod_IsTrueAndOtherMethodIsFalse()
    {
        var post = new HttpFunctionRoute("/api/negotiate", ["POST"]);

        Assert.True(post.Overlaps(new HttpFunctionRoute("/api/negotiate/", ["POST"])));
        Assert.False(post.Overlaps(new HttpFunctionRoute("/api/negotiate", ["GET"])));
    }
}
