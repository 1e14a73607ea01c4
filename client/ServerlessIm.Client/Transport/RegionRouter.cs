namespace ServerlessIm.Client.Transport;

/// <summary>The region the client talks to now, and the order in which it tries the others.</summary>
internal sealed class RegionRouter
{
    private readonly Uri[] _regions;
    private int _current;

    public RegionRouter(IEnumerable<Uri> regions)
    {
        _regions = regions.Select(static r => r.AbsoluteUri.EndsWith('/') ? r : new Uri(r.AbsoluteUri + "/")).ToArray();
        if (_regions.Length == 0)
        {
            throw new ArgumentException("Give the client at least one region URL.", nameof(regions));
        }
    }

    public Uri Current => _regions[Volatile.Read(ref _current)];

    public int Count => _regions.Length;

    /// <summary>Moves on from <paramref name="failed"/> unless another caller already did.</summary>
    /// <returns><c>true</c> when this call changed the region.</returns>
    public bool MoveOnFrom(Uri failed)
    {
        var index = Array.IndexOf(_regions, failed);
        if (index < 0)
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _current, (index + 1) % _regions.Length, index) == index;
    }
}
