using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// Submissions this region accepted for conversations homed elsewhere, one slot per
/// (device, deviceSeq), and submissions the home region holds back until their predecessor arrives.
/// </summary>
public interface ISubmissionStore
{
    Task<Submission?> FindAcceptedAsync(
        string conversationId,
        DeviceKey device,
        long deviceSeq,
        CancellationToken cancellationToken);

    /// <summary>Takes the slot of the submission's device number unless taken; returns what holds it.</summary>
    Task<Submission> AcceptAsync(Submission submission, CancellationToken cancellationToken);

    Task<IReadOnlyList<Submission>> ListUnpublishedAsync(
        DateTimeOffset olderThan,
        int limit,
        CancellationToken cancellationToken);

    Task MarkPublishedAsync(Submission submission, CancellationToken cancellationToken);

    /// <summary>Holds a forwarded submission that arrived before an earlier one of the same device.</summary>
    Task HoldAsync(Submission submission, CancellationToken cancellationToken);

    Task<Submission?> FindHeldAsync(
        string conversationId,
        DeviceKey device,
        long deviceSeq,
        CancellationToken cancellationToken);

    Task ReleaseHeldAsync(Submission submission, CancellationToken cancellationToken);
}
