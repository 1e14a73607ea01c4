using System.Diagnostics;

namespace ServerlessIm.Bench.Measurements;

/// <summary>The process's memory: resident set, managed heap, and bytes allocated since start.</summary>
internal sealed record MemoryFigures(long ResidentBytes, long ManagedHeapBytes, long AllocatedBytes)
{
    public static MemoryFigures Now()
    {
        using var process = Process.GetCurrentProcess();
        return new MemoryFigures(process.WorkingSet64, GC.GetTotalMemory(false), GC.GetTotalAllocatedBytes());
    }

    public override string ToString() =>
        $"resident {ResidentBytes / 1048576.0:F0} MiB, managed heap {ManagedHeapBytes / 1048576.0:F0} MiB, "
        + $"allocated {AllocatedBytes / 1048576.0:F0} MiB";
}
