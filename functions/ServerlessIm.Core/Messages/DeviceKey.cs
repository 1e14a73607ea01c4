namespace ServerlessIm.Core.Messages;

/// <summary>One sender's device; <c>deviceSeq</c> numbers its sends within one conversation.</summary>
public readonly record struct DeviceKey(string SenderId, string DeviceId)
{
    /// <summary>A stable text form; device ids cannot contain '|', so the first '|' splits it.</summary>
    public override string ToString() => DeviceId + "|" + SenderId;
}
