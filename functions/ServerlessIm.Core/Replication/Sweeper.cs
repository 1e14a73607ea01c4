using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// Republishes what was stored but never published, so a crash between the store and the publish loses
/// nothing. Each record is published, then marked; a crash between those two publishes it twice, which the
/// peers' idempotent appliers absorb.
/// </summary>
public sealed class Sweeper(
    IConversationStore conversations,
    IConversationLog log,
    ISubmissionStore submissions,
    ConversationService conversationService,
    SendService sends,
    ReplicationOptions options,
    TimeProvider clock)
{
    /// <returns>How many records were republished.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.SweepAfter;
        var swept = 0;

        var unpublished = await conversations.ListUnpublishedAsync(cutoff, options.BatchSize, cancellationToken);
        foreach (var conversation in unpublished)
        {
            await conversations.IndexMembersAsync(conversation, cancellationToken);
            swept += await conversationService.PublishAsync(conversation, cancellationToken) ? 1 : 0;
        }

        foreach (var message in await log.ListUnpublishedAsync(cutoff, options.BatchSize, cancellationToken))
        {
            await sends.PublishSequencedAsync(message, cancellationToken);
            swept++;
        }

        var forwarded = await submissions.ListUnpublishedAsync(cutoff, options.BatchSize, cancellationToken);
        foreach (var submission in forwarded)
        {
            await sends.PublishSubmittedAsync(submission, cancellationToken);
            swept++;
        }

        return swept;
    }
}
