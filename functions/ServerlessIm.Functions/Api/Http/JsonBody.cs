using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Core.Validation;

namespace ServerlessIm.Functions.Api.Http;

/// <summary>Reads a bounded JSON request body, answering 413, 415 or 400 when it cannot.</summary>
public static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentType is not { } contentType
            || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Create(
                StatusCodes.Status415UnsupportedMediaType,
                ProblemTypes.UnsupportedMediaType,
                "Send JSON.",
                "Set 'Content-Type: application/json'."));
        }

        if (request.ContentLength > Limits.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > Limits.MaxRequestBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return value is null ? (null, Problems.Invalid("body", "Send a JSON object.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var where = string.IsNullOrEmpty(ex.Path) ? "body" : ex.Path.TrimStart('$', '.');
            var field = where.Length == 0 ? "body" : where;
            return (null, Problems.Invalid(field, "Not valid JSON of the expected shape."));
        }
    }

    private static ObjectResult TooLarge() =>
        Problems.Create(
            StatusCodes.Status413PayloadTooLarge,
            ProblemTypes.PayloadTooLarge,
            "The request is too large.",
            $"Requests are at most {Limits.MaxRequestBytes} bytes; "
            + $"message bodies at most {Limits.MaxBodyChars} characters.");
}
