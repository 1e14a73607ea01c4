namespace ServerlessIm.Core.Conversations;

/// <summary>
/// A conversation and its sequencer: the home region that numbers its messages in the given epoch.
/// </summary>
/// <param name="Version">Grows with every change; replicas keep the highest version they have seen.</param>
public sealed record Conversation(
    string Id,
    string Title,
    IReadOnlyList<string> Members,
    string HomeRegion,
    long Epoch,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    long Version)
{
    public bool HasMember(string userId) => Members.Contains(userId, StringComparer.Ordinal);
}
