using ServerlessIm.Core.Validation;

namespace ServerlessIm.Core.Conversations;

/// <summary>Validates a request to create a conversation.</summary>
public static class NewConversationRules
{
    /// <summary>The members after adding the creator and removing repeats, in first-seen order.</summary>
    public static IReadOnlyList<string> NormalizeMembers(string creatorId, IEnumerable<string?>? members) =>
        new[] { creatorId }
            .Concat((members ?? []).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static ValidationErrors Validate(IReadOnlyList<string?>? members, string? title, string creatorId)
    {
        var errors = new ValidationErrors();

        if (members is null)
        {
            errors.Add("members", "Required: the user ids of the members; the caller is added if missing.");
        }
        else if (members.Any(static m => !Identifiers.IsUserId(m)))
        {
            errors.Add("members", $"Each member is a user id of 1-{Limits.MaxUserIdChars} printable characters.");
        }
        else if (NormalizeMembers(creatorId, members).Count > Limits.MaxMembers)
        {
            errors.Add("members", $"At most {Limits.MaxMembers} members, the caller included.");
        }

        if (title is { Length: > Limits.MaxTitleChars })
        {
            errors.Add("title", $"At most {Limits.MaxTitleChars} characters.");
        }

        return errors;
    }
}
