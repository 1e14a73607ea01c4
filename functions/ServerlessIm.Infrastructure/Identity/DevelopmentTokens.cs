using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServerlessIm.Infrastructure.Identity;

/// <summary>Issues HS256 tokens with a generated key, for the local runner and the tests only.</summary>
public sealed class DevelopmentTokens(string signingKey, string audience, TimeProvider clock)
{
    /// <summary>A fresh random key in the form <see cref="AuthOptions.DevelopmentSigningKey"/> expects.</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static SymmetricSecurityKey KeyFrom(string base64) => new(Convert.FromBase64String(base64));

    public string Issue(string userId, TimeSpan? lifetime = null, params string[] roles)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Sub] = userId,
            [JwtRegisteredClaimNames.Name] = userId,
        };
        if (roles.Length > 0)
        {
            claims["roles"] = roles;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.DevelopmentIssuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(KeyFrom(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
