namespace ServerlessIm.Infra.Tests.Deployment;

internal static class ResourceTypes
{
    public const string Identity = "Microsoft.ManagedIdentity/userAssignedIdentities";
    public const string Workspace = "Microsoft.OperationalInsights/workspaces";
    public const string AppInsights = "Microsoft.Insights/components";
    public const string DiagnosticSettings = "Microsoft.Insights/diagnosticSettings";
    public const string RoleAssignment = "Microsoft.Authorization/roleAssignments";
    public const string StorageAccount = "Microsoft.Storage/storageAccounts";
    public const string BlobService = "Microsoft.Storage/storageAccounts/blobServices";
    public const string BlobContainer = "Microsoft.Storage/storageAccounts/blobServices/containers";
    public const string CosmosAccount = "Microsoft.DocumentDB/databaseAccounts";
    public const string CosmosDatabase = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases";
    public const string CosmosContainer = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers";
    public const string CosmosRoleAssignment = "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments";
    public const string EventHubsNamespace = "Microsoft.EventHub/namespaces";
    public const string EventHub = "Microsoft.EventHub/namespaces/eventhubs";
    public const string ConsumerGroup = "Microsoft.EventHub/namespaces/eventhubs/consumergroups";
    public const string EventHubRule = "Microsoft.EventHub/namespaces/eventhubs/authorizationRules";
    public const string SignalR = "Microsoft.SignalRService/signalR";
    public const string KeyVault = "Microsoft.KeyVault/vaults";
    public const string KeyVaultSecret = "Microsoft.KeyVault/vaults/secrets";
    public const string Plan = "Microsoft.Web/serverfarms";
    public const string Site = "Microsoft.Web/sites";
    public const string PublishingCredentials = "Microsoft.Web/sites/basicPublishingCredentialsPolicies";
}
