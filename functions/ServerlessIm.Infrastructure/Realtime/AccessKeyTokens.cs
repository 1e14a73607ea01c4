using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// HS256 tokens signed with the service's access key, as the service accepts them: the audience is exactly
/// the URL the token is used on, and the user of a client connection is its <c>nameid</c> claim.
/// </summary>
public sealed class AccessKeyTokens(SignalROptions options, TimeProvider clock)
{
    /// <summary>The claim the service (and ASP.NET Core's default user id provider) takes the user from.</summary>
    public const string UserClaim = "nameid";

    /// <summary>REST calls get a fresh token per attempt, so a short life is enough.</summary>
    public static readonly TimeSpan RestApiLifetime = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan ClientLifetime = TimeSpan.FromHours(1);

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>The key as the service uses it: the UTF-8 bytes of the key text.</summary>
    public static SymmetricSecurityKey SigningKey(string accessKey) => new(Encoding.UTF8.GetBytes(accessKey));

    public string ForRestApi(Uri requestUrl) => Issue(requestUrl, RestApiLifetime, userId: null);

    public string ForClient(Uri clientUrl, string userId) => Issue(clientUrl, ClientLifetime, userId);

    private string Issue(Uri audience, TimeSpan lifetime, string? userId)
    {
        if (string.IsNullOrEmpty(options.AccessKey))
        {
            throw new InvalidOperationException(
                "Set SignalR:AccessKey, or SignalR:UseManagedIdentity=true to use the app's managed identity.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Audience = audience.AbsoluteUri,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(SigningKey(options.AccessKey), SecurityAlgorithms.HmacSha256),
        };
        if (userId is not null)
        {
            descriptor.Claims = new Dictionary<string, object>(StringComparer.Ordinal) { [UserClaim] = userId };
        }

        return _handler.CreateToken(descriptor);
    }
}
