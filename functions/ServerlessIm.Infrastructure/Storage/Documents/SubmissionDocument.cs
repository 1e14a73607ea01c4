namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>
/// A submission: accepted here for another home region (<c>type</c> submission, owing its replication event
/// while <paramref name="Published"/> is <c>false</c>), or held by the home region until its device's
/// previous message is sequenced (<c>type</c> held).
/// </summary>
internal sealed record SubmissionDocument(
    string Id,
    string Type,
    string ConversationId,
    bool Published,
    long StoredAt,
    SubmissionData Submission);
