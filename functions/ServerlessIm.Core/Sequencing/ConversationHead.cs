using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Sequencing;

/// <summary>
/// The single document that moves a region's copy of a conversation forward, one seq at a time.
/// </summary>
/// <remarks>
/// <see cref="Seq"/> is the highest seq stored here without a hole. <see cref="Tail"/> is the message
/// that took the head to <see cref="Seq"/>; it is written into the head in the same conditional replace
/// that advances it, and every writer stores the tail as a message before moving the head again, so a
/// crash between the two steps never leaves a hole. <see cref="Devices"/> holds each device's last
/// sequenced <c>deviceSeq</c>.
/// </remarks>
public sealed record ConversationHead(
    string ConversationId,
    long Seq,
    long Epoch,
    IReadOnlyDictionary<string, long> Devices,
    Message? Tail,
    string? ETag)
{
    public static ConversationHead Empty(string conversationId, long epoch) =>
        new(conversationId, 0, epoch, new Dictionary<string, long>(StringComparer.Ordinal), null, null);

    public bool IsStored => ETag is not null;

    public long LastDeviceSeq(DeviceKey device) => Devices.GetValueOrDefault(device.ToString());

    /// <summary>The head after appending <paramref name="message"/>, which must carry seq <c>Seq + 1</c>.</summary>
    public ConversationHead Append(Message message)
    {
        var devices = new Dictionary<string, long>(Devices, StringComparer.Ordinal);
        var key = message.Device.ToString();
        devices[key] = Math.Max(devices.GetValueOrDefault(key), message.DeviceSeq);

        return this with
        {
            Seq = message.Seq,
            Epoch = Math.Max(Epoch, message.Epoch),
            Devices = devices,
            Tail = message,
        };
    }
}
