namespace ServerlessIm.Infrastructure.Identity;

/// <summary>Turns a bearer token into a caller, or says why it cannot.</summary>
public interface ITokenValidator
{
    Task<TokenValidation> ValidateAsync(string? token, CancellationToken cancellationToken);
}
