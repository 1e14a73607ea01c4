using ServerlessIm.Core.Validation;

namespace ServerlessIm.Core.Messages;

/// <summary>Validates the fields of a send, wherever it arrives (HTTP or realtime upstream).</summary>
public static class MessageRequestRules
{
    public static ValidationErrors Validate(string? clientMessageId, string? deviceId, long? deviceSeq, string? body)
    {
        var errors = new ValidationErrors();

        if (!Identifiers.IsToken(clientMessageId))
        {
            errors.Add("clientMessageId", "Required: 1-64 letters, digits, '-' or '_'.");
        }

        if (!Identifiers.IsToken(deviceId))
        {
            errors.Add("deviceId", "Required: 1-64 letters, digits, '-' or '_'.");
        }

        if (deviceSeq is null or < 1)
        {
            errors.Add("deviceSeq", "Required: the device's send counter in this conversation, starting at 1.");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add("body", "Required: the message text.");
        }
        else if (body.Length > Limits.MaxBodyChars)
        {
            errors.Add("body", $"At most {Limits.MaxBodyChars} characters.");
        }

        return errors;
    }
}
