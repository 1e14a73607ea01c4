using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Core.Validation;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Realtime;

/// <summary>Reads an upstream message body: JSON hub protocol only, at most the API's request size.</summary>
internal static class UpstreamBody
{
    public static async Task<(byte[]? Bytes, IActionResult? Problem)> ReadAsync(HttpRequest request)
    {
        // Limitation: clients on the MessagePack hub protocol cannot send over SignalR; they use the HTTP API.
        if (request.ContentType is not { } contentType
            || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Create(
                StatusCodes.Status415UnsupportedMediaType,
                ProblemTypes.UnsupportedMediaType,
                "Only the JSON hub protocol is served.",
                "Connect with the JSON hub protocol to send over SignalR, or send with the HTTP API."));
        }

        var reader = request.BodyReader;
        var read = await reader.ReadAtLeastAsync(Limits.MaxRequestBytes + 1, request.HttpContext.RequestAborted);
        var length = read.Buffer.Length;
        var bytes = length > Limits.MaxRequestBytes ? null : read.Buffer.ToArray();
        reader.AdvanceTo(read.Buffer.End);

        return bytes is null
            ? (null, Problems.Create(
                StatusCodes.Status413PayloadTooLarge,
                ProblemTypes.PayloadTooLarge,
                "The message is too large.",
                $"Invocations are at most {Limits.MaxRequestBytes} bytes."))
            : (bytes, null);
    }
}
