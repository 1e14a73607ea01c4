using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.Infrastructure.Storage.Documents;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// Accepted submissions (one slot per device and deviceSeq) and held submissions, in the conversation's
/// partition of the <c>messages</c> container.
/// </summary>
internal sealed partial class CosmosSubmissionStore(
    CosmosContainers containers,
    TimeProvider clock,
    ILogger<CosmosSubmissionStore> logger) : ISubmissionStore
{
    private readonly CosmosDocuments _messages = new(containers.Messages, logger);

    public Task<Submission?> FindAcceptedAsync(
        string conversationId,
        DeviceKey device,
        long deviceSeq,
        CancellationToken cancellationToken) =>
        FindAsync(DocumentIds.Accepted(device, deviceSeq), conversationId, cancellationToken);

    public async Task<Submission> AcceptAsync(Submission submission, CancellationToken cancellationToken)
    {
        var id = DocumentIds.Accepted(submission.Device, submission.DeviceSeq);
        var document = ToDocument(id, DocumentTypes.Submission, submission, published: false);
        if (await _messages.TryCreateAsync(document, submission.ConversationId, cancellationToken))
        {
            return submission;
        }

        return await FindAsync(id, submission.ConversationId, cancellationToken)
            ?? throw new InvalidOperationException($"Submission slot '{id}' vanished after a conflict.");
    }

    /// <remarks>Limitation: the outbox query crosses every partition, so its cost grows with the account.</remarks>
    public async Task<IReadOnlyList<Submission>> ListUnpublishedAsync(
        DateTimeOffset olderThan,
        int limit,
        CancellationToken cancellationToken)
    {
        var query = Outbox.Query(DocumentTypes.Submission, olderThan);
        var found = await _messages.QueryAsync<SubmissionDocument>(query, partitionKey: null, limit, cancellationToken);
        return found.Select(static d => d.Submission.ToSubmission(d.ConversationId)).ToList();
    }

    public async Task MarkPublishedAsync(Submission submission, CancellationToken cancellationToken)
    {
        var id = DocumentIds.Accepted(submission.Device, submission.DeviceSeq);
        if (!await _messages.TryPatchAsync(id, submission.ConversationId, Outbox.MarkPublished, cancellationToken))
        {
            LogNothingToMark(submission.ConversationId, submission.ClientMessageId);
        }
    }

    public async Task HoldAsync(Submission submission, CancellationToken cancellationToken)
    {
        var id = DocumentIds.Held(submission.Device, submission.DeviceSeq);
        var document = ToDocument(id, DocumentTypes.Held, submission, published: true);
        if (!await _messages.TryCreateAsync(document, submission.ConversationId, cancellationToken))
        {
            LogAlreadyHeld(submission.ConversationId, submission.DeviceSeq);
        }
    }

    public Task<Submission?> FindHeldAsync(
        string conversationId,
        DeviceKey device,
        long deviceSeq,
        CancellationToken cancellationToken) =>
        FindAsync(DocumentIds.Held(device, deviceSeq), conversationId, cancellationToken);

    public Task ReleaseHeldAsync(Submission submission, CancellationToken cancellationToken) =>
        _messages.DeleteAsync(
            DocumentIds.Held(submission.Device, submission.DeviceSeq), submission.ConversationId, cancellationToken);

    private async Task<Submission?> FindAsync(string id, string conversationId, CancellationToken cancellationToken)
    {
        var stored = await _messages.ReadAsync<SubmissionDocument>(id, conversationId, cancellationToken);
        return stored?.Document.Submission.ToSubmission(conversationId);
    }

    private SubmissionDocument ToDocument(string id, string type, Submission submission, bool published) =>
        new(
            id,
            type,
            submission.ConversationId,
            published,
            clock.GetUtcNow().ToUnixTimeMilliseconds(),
            SubmissionData.From(submission));

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Forwarded {ConversationId} message {ClientMessageId}, but no accepted submission carries it")]
    private partial void LogNothingToMark(string conversationId, string clientMessageId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{ConversationId} deviceSeq {DeviceSeq} was already held")]
    private partial void LogAlreadyHeld(string conversationId, long deviceSeq);
}
