using Microsoft.Azure.Cosmos;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// The region's database and its three containers: <c>conversations</c> (partition key <c>/id</c>),
/// <c>messages</c> (<c>/conversationId</c>: each conversation's head, messages, submissions and parked
/// messages) and <c>memberships</c> (<c>/userId</c>: each user's list of conversations).
/// </summary>
public sealed class CosmosContainers(CosmosClient client, CosmosOptions options)
{
    public const string ConversationsName = "conversations";
    public const string MessagesName = "messages";
    public const string MembershipsName = "memberships";

    public Database Database { get; } = client.GetDatabase(options.Database);

    public Container Conversations { get; } = client.GetContainer(options.Database, ConversationsName);

    public Container Messages { get; } = client.GetContainer(options.Database, MessagesName);

    public Container Memberships { get; } = client.GetContainer(options.Database, MembershipsName);

    /// <summary>
    /// Creates the database and containers when missing, for the local runner and the tests; in Azure the
    /// deployment creates them and the Function App never calls this.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await client.CreateDatabaseIfNotExistsAsync(options.Database, cancellationToken: cancellationToken);

        foreach (var properties in Definitions())
        {
            await Database.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// The containers as the deployment must create them. Only top-level fields are queried, so the copies
    /// of messages, submissions and conversations nested in documents are not indexed.
    /// </summary>
    public static IReadOnlyList<ContainerProperties> Definitions() =>
    [
        WithTopLevelIndex(new ContainerProperties(ConversationsName, "/id"), "/conversation/*"),
        WithTopLevelIndex(
            new ContainerProperties(MessagesName, "/conversationId"),
            "/message/*",
            "/submission/*",
            "/tail/*",
            "/devices/*"),
        WithTopLevelIndex(new ContainerProperties(MembershipsName, "/userId"), "/conversation/*"),
    ];

    private static ContainerProperties WithTopLevelIndex(ContainerProperties properties, params string[] excluded)
    {
        properties.IndexingPolicy.IncludedPaths.Add(new IncludedPath { Path = "/*" });
        foreach (var path in excluded)
        {
            properties.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = path });
        }

        return properties;
    }
}
