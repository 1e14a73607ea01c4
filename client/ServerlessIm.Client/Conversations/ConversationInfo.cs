namespace ServerlessIm.Client.Conversations;

/// <summary>A conversation as the service shows it.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="Title">The title, possibly empty.</param>
/// <param name="Members">The user ids of its members.</param>
/// <param name="HomeRegion">The region that numbers the conversation's messages.</param>
/// <param name="Epoch">The epoch of its sequencer.</param>
/// <param name="CreatedBy">The user who created it.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ConversationInfo(
    string Id,
    string Title,
    IReadOnlyList<string> Members,
    string HomeRegion,
    long Epoch,
    string CreatedBy,
    DateTimeOffset CreatedAt);
