using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// Closes gaps that stayed open past their deadline by reading the missing range from the sync API of the
/// conversation's home region and applying it, which also drains what was parked behind the gap.
/// </summary>
public sealed partial class GapRepairer(
    IParkingLot parking,
    IConversationLog log,
    IConversationStore conversations,
    IPeerHistory peers,
    Applier applier,
    ReplicationOptions options,
    ReplicationMetrics metrics,
    TimeProvider clock,
    ILogger<GapRepairer> logger)
{
    /// <returns>How many missing messages were fetched and applied.</returns>
    public async Task<int> RepairOverdueAsync(CancellationToken cancellationToken)
    {
        var overdue = await parking.ListOverdueAsync(clock.GetUtcNow() - options.GapRepairAfter, cancellationToken);
        var repaired = 0;

        foreach (var gap in overdue)
        {
            repaired += await RepairAsync(gap, cancellationToken);
        }

        if (repaired > 0)
        {
            metrics.Repaired(repaired);
        }

        return repaired;
    }

    private async Task<int> RepairAsync(ParkedGap gap, CancellationToken cancellationToken)
    {
        var head = await log.ReadHeadAsync(gap.ConversationId, cancellationToken);
        var headSeq = head?.Seq ?? 0;

        if (gap.LowestParkedSeq <= headSeq)
        {
            // Already applied through another path; the parked copy is stale.
            await parking.RemoveAsync(gap.ConversationId, gap.LowestParkedSeq, cancellationToken);
            return 0;
        }

        var conversation = await conversations.GetAsync(gap.ConversationId, cancellationToken);
        if (conversation is null)
        {
            LogUnknownConversation(gap.ConversationId);
            return 0;
        }

        var missing = (int)Math.Min(gap.LowestParkedSeq - headSeq - 1, options.BatchSize);
        var fetched = missing == 0
            ? []
            : await peers.ReadAsync(conversation.HomeRegion, gap.ConversationId, headSeq, missing, cancellationToken);

        foreach (var message in fetched.OrderBy(static m => m.Seq))
        {
            await applier.ApplyAsync(message, cancellationToken);
        }

        if (missing == 0)
        {
            await applier.DrainAfterAsync(gap.ConversationId, headSeq, cancellationToken);
        }

        LogRepaired(gap.ConversationId, headSeq, fetched.Count, conversation.HomeRegion);
        return fetched.Count;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Repaired gap of {ConversationId} after seq {Seq}: fetched {Count} from {Region}")]
    private partial void LogRepaired(string conversationId, long seq, int count, string region);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Cannot repair {ConversationId}: conversation not replicated here yet")]
    private partial void LogUnknownConversation(string conversationId);
}
