namespace ServerlessIm.Core.Messages;

/// <summary>How a send was answered.</summary>
public abstract record SendOutcome
{
    private SendOutcome()
    {
    }

    /// <summary>Sequenced (now, or earlier when <paramref name="Repeat"/>).</summary>
    public sealed record Sequenced(Message Message, bool Repeat) : SendOutcome;

    /// <summary>Stored as a submission; the home region will sequence it.</summary>
    public sealed record Pending(Submission Submission, string HomeRegion, bool Repeat) : SendOutcome;

    public sealed record ConversationNotFound : SendOutcome;

    public sealed record NotAMember : SendOutcome;

    /// <summary>The device skipped a number; resend from <paramref name="ExpectedDeviceSeq"/>.</summary>
    public sealed record DeviceSeqAhead(long ExpectedDeviceSeq) : SendOutcome;

    /// <summary>The device number belongs to another message.</summary>
    public sealed record DeviceSeqReused(long ExpectedDeviceSeq) : SendOutcome;
}
