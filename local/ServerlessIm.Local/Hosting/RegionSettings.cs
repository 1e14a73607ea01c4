using ServerlessIm.Functions.Replication;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.Local.Hosting;

/// <summary>A local region's app settings, under the same names the Function App reads in Azure.</summary>
internal static class RegionSettings
{
    public static Dictionary<string, string?> For(RegionHostOptions options)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ServerlessIm:Region"] = options.Region,
            ["ServerlessIm:PeerRegion"] = options.PeerRegion,
            ["ServerlessIm:PeerBaseUrl"] = options.PeerBaseUrl?.ToString(),
            ["Auth:DevelopmentSigningKey"] = options.SigningKey,
            ["Cosmos:AccountEndpoint"] = options.CosmosEndpoint.ToString(),
            ["Cosmos:Key"] = options.CosmosKey,
            ["Cosmos:Database"] = options.CosmosDatabase,
            ["Cosmos:AcceptSelfSignedCertificate"] = "true",
            ["Kafka:BootstrapServers"] = options.KafkaBootstrapServers,
            ["Kafka:Topic"] = options.Topic,
            ["Kafka:Authentication"] = "None",
            ["PeerKafka:Brokers"] = options.PeerKafkaBootstrapServers,
            ["PeerKafka:Topic"] = RegionHostOptions.TopicOf(options.PeerRegion),
            ["PeerKafka:ConsumerGroup"] = "replica-" + options.Region,
            ["SignalR:Hub"] = ChatHubContract.HubName,
            ["Replication:SweepSchedule"] = ReplicationSchedules.DefaultSweep,
            ["Replication:RepairSchedule"] = ReplicationSchedules.DefaultRepair,
            ["Replication:HeartbeatSchedule"] = ReplicationSchedules.DefaultHeartbeat,
        };

        foreach (var (key, value) in options.Settings)
        {
            settings[key.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        return settings;
    }
}
