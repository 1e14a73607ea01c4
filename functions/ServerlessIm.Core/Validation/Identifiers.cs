namespace ServerlessIm.Core.Validation;

/// <summary>Shapes of the identifiers the API accepts.</summary>
public static class Identifiers
{
    /// <summary>Conversation, device and client message ids: 1-64 letters, digits, '-' or '_'.</summary>
    public static bool IsToken(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= Limits.MaxClientIdChars
        && value.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>User ids come from identity providers: any printable text up to 128 characters.</summary>
    public static bool IsUserId(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Length <= Limits.MaxUserIdChars
        && !value.Any(char.IsControl);
}
