namespace ServerlessIm.Infrastructure.Identity;

/// <summary>
/// How bearer tokens are validated: by an OpenID Connect authority in Azure, or by a development signing
/// key that the local runner and the tests generate at start-up.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Issuer of development tokens; never accepted when <see cref="Authority"/> is set.</summary>
    public const string DevelopmentIssuer = "serverlessim-development";

    /// <summary>The role a region's token carries to read another region's history for gap repair.</summary>
    public const string ReplicationRole = "ServerlessIm.Replication";

    /// <summary>OpenID Connect authority, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The audience tokens must carry.</summary>
    public string Audience { get; set; } = "serverlessim";

    /// <summary>Base64 HMAC key for development tokens; generated per run, never stored in the repository.</summary>
    public string? DevelopmentSigningKey { get; set; }
}
