using System.Text.Json.Serialization;

namespace ServerlessIm.Client.Transport;

/// <summary>The parts of a problem-details answer the client acts on.</summary>
internal sealed record Problem(
    string? Type,
    string? Title,
    string? Detail,
    [property: JsonPropertyName("expectedDeviceSeq")] long? ExpectedDeviceSeq);
