using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ServerlessIm.Core.Validation;

namespace ServerlessIm.Infrastructure.Identity;

/// <summary>Validates JWTs against the configured authority's signing keys or the development key.</summary>
public sealed partial class JwtTokenValidator : ITokenValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly AuthOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _authority;
    private readonly ILogger<JwtTokenValidator> _logger;

    public JwtTokenValidator(AuthOptions options, ILogger<JwtTokenValidator> logger)
    {
        _options = options;
        _logger = logger;

        if (options.Authority is null && string.IsNullOrEmpty(options.DevelopmentSigningKey))
        {
            throw new InvalidOperationException(
                "Set Auth:Authority (OpenID Connect) or, for local runs only, Auth:DevelopmentSigningKey.");
        }

        if (options.Authority is not null)
        {
            var metadata = new Uri(options.Authority, ".well-known/openid-configuration").ToString();
            _authority = new ConfigurationManager<OpenIdConnectConfiguration>(
                metadata, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = true });
        }
    }

    public async Task<TokenValidation> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenValidation.Invalid("Send 'Authorization: Bearer <token>'.");
        }

        var result = await _handler.ValidateTokenAsync(token, await ParametersAsync(cancellationToken));
        if (!result.IsValid)
        {
            LogRejected(result.Exception);
            return TokenValidation.Invalid(result.Exception is SecurityTokenExpiredException
                ? "The token has expired; sign in again."
                : "The token is not valid for this service.");
        }

        var subject = result.ClaimsIdentity.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        if (!Identifiers.IsUserId(subject))
        {
            return TokenValidation.Invalid("The token has no usable 'sub' claim.");
        }

        var roles = result.ClaimsIdentity.FindAll("roles")
            .Concat(result.ClaimsIdentity.FindAll(ClaimTypes.Role))
            .Select(static c => c.Value)
            .ToHashSet(StringComparer.Ordinal);
        return TokenValidation.Valid(new Caller(subject!, roles));
    }

    private async Task<TokenValidationParameters> ParametersAsync(CancellationToken cancellationToken)
    {
        if (_authority is null)
        {
            return new TokenValidationParameters
            {
                ValidIssuer = AuthOptions.DevelopmentIssuer,
                ValidAudience = _options.Audience,
                IssuerSigningKey = DevelopmentTokens.KeyFrom(_options.DevelopmentSigningKey!),
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        }

        var configuration = await _authority.GetConfigurationAsync(cancellationToken);
        return new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = _options.Audience,
            IssuerSigningKeys = configuration.SigningKeys,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rejected a bearer token")]
    private partial void LogRejected(Exception? exception);
}
