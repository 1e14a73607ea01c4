using System.Globalization;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>Reads Linux's /proc for a process's descendants and its resident memory.</summary>
internal static class ProcessTree
{
    public static IReadOnlyList<(int Pid, string Name)> DescendantsOf(int pid)
    {
        var parents = Directory.EnumerateDirectories("/proc")
            .Select(static d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var p) ? p : 0)
            .Where(static p => p > 0)
            .Select(static p => (Pid: p, Stat: Stat(p)))
            .Where(static s => s.Stat is not null)
            .ToList();

        var found = new List<(int, string)>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (child, stat) in parents.Where(p => p.Stat!.Value.ParentPid == parent))
            {
                found.Add((child, stat!.Value.Name));
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>Whether the process still exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid) => Stat(pid) is { State: not 'Z' };

    /// <summary>VmRSS from /proc/&lt;pid&gt;/status, in kilobytes.</summary>
    public static long ResidentKilobytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status")
            .Where(static l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])
            .Select(static kb => long.Parse(kb, CultureInfo.InvariantCulture))
            .Single();

    private static (string Name, char State, int ParentPid)? Stat(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": comm may hold spaces, so read around its parentheses.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            return (name, fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
