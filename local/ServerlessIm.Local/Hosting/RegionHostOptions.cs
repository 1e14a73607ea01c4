using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerlessIm.Functions;
using ServerlessIm.Local.Faults;

namespace ServerlessIm.Local.Hosting;

/// <summary>Everything one local region is built from.</summary>
public sealed class RegionHostOptions
{
    /// <summary>This region's name, e.g. <c>westeurope</c>.</summary>
    public required string Region { get; init; }

    /// <summary>The region whose topic this one consumes and whose sync API repairs its gaps.</summary>
    public required string PeerRegion { get; init; }

    /// <summary>The loopback port to listen on; 0 takes a free one.</summary>
    public int Port { get; init; }

    /// <summary>The peer region's base URL, for gap repair through its sync API.</summary>
    public Uri? PeerBaseUrl { get; init; }

    public required Uri CosmosEndpoint { get; init; }

    public required string CosmosKey { get; init; }

    /// <summary>This region's own database on the Cosmos server.</summary>
    public required string CosmosDatabase { get; init; }

    /// <summary>The region's own Kafka cluster, where it produces to <c>serverlessim-&lt;region&gt;</c>.</summary>
    public required string KafkaBootstrapServers { get; init; }

    /// <summary>The peer's Kafka cluster, whose topic this region's trigger consumes.</summary>
    public required string PeerKafkaBootstrapServers { get; init; }

    /// <summary>The run's development signing key (base64), shared by all regions so a token works in any.</summary>
    public required string SigningKey { get; init; }

    /// <summary>The deployment's faults; regions of one deployment share one instance.</summary>
    public LocalFaults Faults { get; init; } = new();

    /// <summary>App settings applied last, over the ones derived from the properties above.</summary>
    public IDictionary<string, string?> Settings { get; init; } =
        new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Fixed periods by timer function name, replacing those functions' cron schedules.</summary>
    public IDictionary<string, TimeSpan> TimerPeriods { get; init; } =
        new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>Runs after the region's services are registered; tests replace or decorate services here.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Replaces the default console logging.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>Where the functions are discovered; the Function App's assembly unless a test says otherwise.</summary>
    public IReadOnlyList<Assembly> FunctionAssemblies { get; init; } = [typeof(FunctionAppComposition).Assembly];

    public string Topic => TopicOf(Region);

    public static string TopicOf(string region) => "serverlessim-" + region;
}
