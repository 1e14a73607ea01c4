using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Sequencing;

/// <summary>What the sequencer did with a submission.</summary>
public abstract record SequenceOutcome
{
    private SequenceOutcome()
    {
    }

    /// <summary>The submission got the next seq.</summary>
    public sealed record Sequenced(Message Message) : SequenceOutcome;

    /// <summary>The same client message id was sequenced before; nothing new was stored.</summary>
    public sealed record Duplicate(Message Message) : SequenceOutcome;

    /// <summary>The device skipped a number: its messages must arrive in order.</summary>
    public sealed record DeviceSeqAhead(long ExpectedDeviceSeq) : SequenceOutcome;

    /// <summary>The device's number was already used by a different message.</summary>
    public sealed record DeviceSeqReused(long ExpectedDeviceSeq) : SequenceOutcome;
}
