using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.Core.Conversations;

/// <summary>Creates conversations and tells the other regions about them.</summary>
public sealed partial class ConversationService(
    IConversationStore store,
    IEventPublisher publisher,
    RegionOptions region,
    TimeProvider clock,
    ILogger<ConversationService> logger)
{
    /// <summary>Stores a new conversation homed here (or where configuration says), indexed for every member.</summary>
    /// <param name="members">Already validated by <see cref="NewConversationRules"/>.</param>
    public async Task<Conversation> CreateAsync(
        string creatorId,
        IReadOnlyList<string?> members,
        string? title,
        CancellationToken cancellationToken)
    {
        var conversation = new Conversation(
            NewId(),
            title?.Trim() ?? "",
            NewConversationRules.NormalizeMembers(creatorId, members),
            string.IsNullOrEmpty(region.ConversationHomeRegion) ? region.Region : region.ConversationHomeRegion,
            Epoch: 1,
            creatorId,
            clock.GetUtcNow(),
            Version: 1);

        var stored = await store.CreateAsync(conversation, cancellationToken);
        await store.IndexMembersAsync(stored, cancellationToken);
        await PublishAsync(stored, cancellationToken);
        LogCreated(stored.Id, stored.HomeRegion, stored.Members.Count);
        return stored;
    }

    /// <summary>Publishes the conversation's change; on failure the sweeper publishes it later.</summary>
    public async Task<bool> PublishAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        try
        {
            var change = ReplicationEvent.Changed(conversation, region.Region, clock.GetUtcNow());
            await publisher.PublishAsync(change, cancellationToken);
            await store.MarkPublishedAsync(conversation, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishDeferred(ex, conversation.Id);
            return false;
        }
    }

    /// <summary>Stores a conversation another region created or changed.</summary>
    public async Task ApplyReplicaAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        if (await store.ApplyReplicaAsync(conversation, cancellationToken))
        {
            await store.IndexMembersAsync(conversation, cancellationToken);
            LogReplicated(conversation.Id, conversation.Version);
        }
    }

    private static string NewId() => "c" + Guid.CreateVersion7().ToString("N");

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Created {ConversationId} homed in {Region} with {MemberCount} members")]
    private partial void LogCreated(string conversationId, string region, int memberCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Replicated {ConversationId} version {Version}")]
    private partial void LogReplicated(string conversationId, long version);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Publishing {ConversationId} failed; it is stored and the sweeper will publish it")]
    private partial void LogPublishDeferred(Exception exception, string conversationId);
}
