namespace ServerlessIm.Core.Validation;

/// <summary>The sizes the API accepts. Documented in the README's API section; change both together.</summary>
public static class Limits
{
    public const int MaxRequestBytes = 64 * 1024;
    public const int MaxBodyChars = 4000;
    public const int MaxTitleChars = 200;
    public const int MaxMembers = 100;
    public const int MaxUserIdChars = 128;
    public const int MaxClientIdChars = 64;
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}
