namespace ServerlessIm.Core.Sequencing;

/// <summary>
/// Lets one writer at a time in this process advance a given conversation's head. Conditional writes
/// keep the store correct across processes; this only spares concurrent writers in one process a
/// storm of precondition failures.
/// </summary>
public sealed class StripedGate : IDisposable
{
    private readonly SemaphoreSlim[] _stripes;

    public StripedGate(int stripes = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stripes, 1);
        _stripes = Enumerable.Range(0, stripes).Select(static _ => new SemaphoreSlim(1, 1)).ToArray();
    }

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
