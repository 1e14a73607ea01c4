using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.Functions.Api.Http;

/// <summary>Reads the caller from the request's bearer token.</summary>
public sealed class Authentication(ITokenValidator tokens)
{
    private const string Scheme = "Bearer ";

    /// <returns>The caller, or the 401 problem to answer with.</returns>
    public async Task<(Caller? Caller, IActionResult? Problem)> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        var token = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? header[Scheme.Length..].Trim()
            : null;

        var validation = await tokens.ValidateAsync(token, request.HttpContext.RequestAborted);
        return validation.Caller is { } caller
            ? (caller, null)
            : (null, Problems.Unauthenticated(validation.Failure ?? "Send a valid bearer token."));
    }
}
