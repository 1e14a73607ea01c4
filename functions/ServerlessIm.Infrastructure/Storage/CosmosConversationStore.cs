using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Infrastructure.Storage.Documents;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// Conversations in the <c>conversations</c> container, and each user's list of them in the user's
/// partition of the <c>memberships</c> container.
/// </summary>
internal sealed partial class CosmosConversationStore(
    CosmosContainers containers,
    TimeProvider clock,
    ILogger<CosmosConversationStore> logger) : IConversationStore
{
    private const int IndexParallelism = 8;

    private readonly CosmosDocuments _conversations = new(containers.Conversations, logger);
    private readonly CosmosDocuments _memberships = new(containers.Memberships, logger);

    public async Task<Conversation> CreateAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var document = ToDocument(conversation, published: false);
        if (await _conversations.TryCreateAsync(document, conversation.Id, cancellationToken))
        {
            return conversation;
        }

        return await GetAsync(conversation.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Conversation '{conversation.Id}' vanished after a conflict.");
    }

    public async Task<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await _conversations.ReadAsync<ConversationDocument>(
            conversationId, conversationId, cancellationToken);
        return stored?.Document.Conversation.ToConversation(conversationId);
    }

    /// <remarks>The replica owes no replication event: the region that changed it publishes.</remarks>
    public async Task<bool> ApplyReplicaAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var document = ToDocument(conversation, published: true);
        var applied = await _conversations.UpdateAsync<ConversationDocument>(
            conversation.Id,
            conversation.Id,
            conversation.Id,
            stored => stored is null || stored.Conversation.Version < conversation.Version ? document : null,
            cancellationToken);

        if (!applied)
        {
            LogReplicaNotNewer(conversation.Id, conversation.Version);
        }

        return applied;
    }

    public Task IndexMembersAsync(Conversation conversation, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            conversation.Members,
            new ParallelOptions { MaxDegreeOfParallelism = IndexParallelism, CancellationToken = cancellationToken },
            async (userId, ct) =>
            {
                var membership = new MembershipDocument(
                    conversation.Id, DocumentTypes.Membership, userId, ConversationData.From(conversation));
                await _memberships.UpdateAsync<MembershipDocument>(
                    conversation.Id,
                    userId,
                    conversation.Id,
                    stored => stored is null || stored.Conversation.Version < conversation.Version ? membership : null,
                    ct);
            });

    /// <remarks>Newest first: conversation ids begin with a time-ordered UUID.</remarks>
    public async Task<ConversationPage> ListForUserAsync(
        string userId,
        int limit,
        string? continuation,
        CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.userId = @userId ORDER BY c.id DESC")
            .WithParameter("@userId", userId);
        var (found, next) = await _memberships.QueryPageAsync<MembershipDocument>(
            query, userId, limit, continuation, cancellationToken);

        var conversations = found.Select(static m => m.Conversation.ToConversation(m.Id)).ToList();
        return new ConversationPage(conversations, next);
    }

    /// <remarks>Limitation: the outbox query crosses every partition, so its cost grows with the account.</remarks>
    public async Task<IReadOnlyList<Conversation>> ListUnpublishedAsync(
        DateTimeOffset olderThan,
        int limit,
        CancellationToken cancellationToken)
    {
        var query = Outbox.Query(DocumentTypes.Conversation, olderThan);
        var found = await _conversations.QueryAsync<ConversationDocument>(
            query, partitionKey: null, limit, cancellationToken);
        return found.Select(static d => d.Conversation.ToConversation(d.Id)).ToList();
    }

    /// <remarks>Marks only the version that was published; a newer version still owes its own event.</remarks>
    public Task MarkPublishedAsync(Conversation conversation, CancellationToken cancellationToken) =>
        _conversations.UpdateAsync<ConversationDocument>(
            conversation.Id,
            conversation.Id,
            conversation.Id,
            stored => stored is { Published: false } && stored.Conversation.Version == conversation.Version
                ? stored with { Published = true }
                : null,
            cancellationToken);

    private ConversationDocument ToDocument(Conversation conversation, bool published) =>
        new(
            conversation.Id,
            DocumentTypes.Conversation,
            published,
            clock.GetUtcNow().ToUnixTimeMilliseconds(),
            ConversationData.From(conversation));

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Kept the stored {ConversationId}: the replica's version {Version} is not newer")]
    private partial void LogReplicaNotNewer(string conversationId, long version);
}
