namespace ServerlessIm.Core.Regions;

/// <summary>Tells whether the region's store answers.</summary>
public interface IStoreProbe
{
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
