namespace ServerlessIm.Local.Faults;

/// <summary>A request to restart a trigger's consumer, completed once the new consumer has subscribed.</summary>
internal sealed class ConsumerRestart(bool beforeNextCommit)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool BeforeNextCommit => beforeNextCommit;

    public Task Done => _done.Task;

    public void Complete() => _done.TrySetResult();

    public void Cancel() => _done.TrySetCanceled();
}
