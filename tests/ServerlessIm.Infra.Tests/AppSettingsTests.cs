using System.Text.RegularExpressions;
using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

[Collection(TwoRegionsGroup.Name)]
public sealed partial class AppSettingsTests(TwoRegions regions)
{
    // The names the function app reads; `__` separates configuration sections.
    private static readonly string[] SettingNames =
    [
        "AzureWebJobsStorage__accountName",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "AZURE_CLIENT_ID",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        "ServerlessIm__Region",
        "ServerlessIm__PeerRegion",
        "ServerlessIm__PeerBaseUrl",
        "Cosmos__AccountEndpoint",
        "Cosmos__Database",
        "Kafka__BootstrapServers",
        "Kafka__Topic",
        "Kafka__Authentication",
        "PeerKafka__Brokers",
        "PeerKafka__Topic",
        "PeerKafka__ConsumerGroup",
        "PeerKafka__Protocol",
        "PeerKafka__AuthenticationMode",
        "PeerKafka__Username",
        "PeerKafka__Password",
        "SignalR__Endpoint",
        "SignalR__Hub",
        "SignalR__AccessKey",
        "SignalR__UseManagedIdentity",
        "Replication__SweepSchedule",
        "Replication__RepairSchedule",
        "Replication__HeartbeatSchedule",
        "Auth__Authority",
        "Auth__Audience",
    ];

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void AppSettings_EachRegion_AreExactlyTheSettingsTheAppReads(string region)
    {
        var settings = regions[region].AppSettings;

        Assert.Equal(SettingNames.Order(StringComparer.Ordinal), settings.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void AppSettings_EachRegion_NameTheRegionItsPeerAndItsOwnTopic(string region)
    {
        var deployment = regions[region];
        var peer = deployment.PeerName;

        var settings = deployment.AppSettings;

        Assert.Equal(region, settings["ServerlessIm__Region"]);
        Assert.Equal(peer, settings["ServerlessIm__PeerRegion"]);
        Assert.Equal("serverlessim", settings["Cosmos__Database"]);
        Assert.Equal($"serverlessim-{region}-ehns.servicebus.windows.net:9093", settings["Kafka__BootstrapServers"]);
        Assert.Equal($"serverlessim-{region}", settings["Kafka__Topic"]);
        Assert.Equal("ManagedIdentity", settings["Kafka__Authentication"]);
        Assert.Equal($"serverlessim-{peer}-ehns.servicebus.windows.net:9093", settings["PeerKafka__Brokers"]);
        Assert.Equal($"serverlessim-{peer}", settings["PeerKafka__Topic"]);
        Assert.Equal($"replica-{region}", settings["PeerKafka__ConsumerGroup"]);
        Assert.Equal("chat", settings["SignalR__Hub"]);
        Assert.Equal("true", settings["SignalR__UseManagedIdentity"]);
        Assert.Equal("api://serverlessim", settings["Auth__Audience"]);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void ReplicationSchedules_EachRegion_AreSixFieldCronExpressions(string region)
    {
        var settings = regions[region].AppSettings;

        var schedules = settings.Where(setting => setting.Key.StartsWith("Replication__", StringComparison.Ordinal));

        Assert.Equal(3, schedules.Count());
        Assert.All(schedules, schedule => Assert.Equal(6, schedule.Value.Split(' ').Length));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void PeerKafka_EachRegion_SignsInWithSaslPlainAndAConnectionStringFromKeyVault(string region)
    {
        var deployment = regions[region];
        var vaultReference = $"@Microsoft.KeyVault(VaultName={deployment.NameOf(ResourceTypes.KeyVault)}";

        var settings = deployment.AppSettings;

        Assert.Equal("SaslSsl", settings["PeerKafka__Protocol"]);
        Assert.Equal("Plain", settings["PeerKafka__AuthenticationMode"]);
        Assert.Equal("$ConnectionString", settings["PeerKafka__Username"]);
        Assert.Equal($"{vaultReference};SecretName=peer-kafka-password)", settings["PeerKafka__Password"]);
        Assert.Equal($"{vaultReference};SecretName=signalr-access-key)", settings["SignalR__AccessKey"]);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void KeyVaultReferences_EachRegion_ResolveToSecretsTheDeploymentWrites(string region)
    {
        var deployment = regions[region];
        var written = deployment.Main.OfType(ResourceTypes.KeyVaultSecret)
            .Concat(deployment.Peering.OfType(ResourceTypes.KeyVaultSecret))
            .Select(secret => secret.Text("name"))
            .ToHashSet(StringComparer.Ordinal);

        var referenced = deployment.AppSettings.Values
            .Select(value => KeyVaultReference().Match(value))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["vault"].Value}/{match.Groups["secret"].Value}")
            .ToList();

        Assert.Equal(2, referenced.Count);
        Assert.All(referenced, secret => Assert.Contains(secret, written));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void AppSettings_EachRegion_HoldNoKeyOrSecretBearingConnectionString(string region)
    {
        var settings = regions[region].AppSettings;

        var offending = settings
            .Where(setting => !KeyVaultReference().IsMatch(setting.Value))
            .Where(setting => SecretLiteral().IsMatch(setting.Value) || SecretFunction().IsMatch(setting.Value))
            .Select(setting => setting.Key);

        Assert.Empty(offending);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void AppSettings_EachRegion_ReachTheRegionsOwnServicesAsItsIdentity(string region)
    {
        var deployment = regions[region];
        var identity = deployment.IdentityId;

        var settings = deployment.AppSettings;

        Assert.Equal(deployment.NameOf(ResourceTypes.StorageAccount), settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        ArmAssert.ReadsFrom(identity, settings["AzureWebJobsStorage__clientId"]);
        ArmAssert.ReadsFrom(identity, settings["AZURE_CLIENT_ID"]);
        ArmAssert.ReadsFrom(deployment.Id(ResourceTypes.CosmosAccount), settings["Cosmos__AccountEndpoint"]);
        Assert.EndsWith(".documentEndpoint]", settings["Cosmos__AccountEndpoint"], StringComparison.Ordinal);
        ArmAssert.ReadsFrom(deployment.Id(ResourceTypes.SignalR), settings["SignalR__Endpoint"]);
        var appInsights = deployment.Id(ResourceTypes.AppInsights);
        ArmAssert.ReadsFrom(appInsights, settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var ingestion = settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];
        ArmAssert.ReadsFrom(identity, ingestion);
        Assert.Contains("Authorization=AAD", ingestion, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(VaultName=(?<vault>[a-z0-9-]+);SecretName=(?<secret>[a-z0-9-]+)\)$")]
    private static partial Regex KeyVaultReference();

    [GeneratedRegex("AccountKey=|SharedAccessKey=|SharedAccessSignature=|Password=|[?&]sig=", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLiteral();

    // listKeys, listConnectionStrings, listAccountSas and their kin return secrets at deployment time.
    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex SecretFunction();
}
