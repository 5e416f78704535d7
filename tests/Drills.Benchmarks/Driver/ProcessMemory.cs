using System.Globalization;

namespace Drills.Benchmarks.Driver;

/// <summary>What of a process's working set is its own.</summary>
internal static class ProcessMemory
{
    /// <summary>
    /// Linux: RssAnon + RssShmem from /proc (heap, JIT code, runtime data: shmem because the runtime maps its code
    /// twice, writable and executable). The rest of the working set is mapped files (the runtime's and libraries'
    /// images) that the system shares between processes and can drop. Null where /proc is not available.
    /// </summary>
    public static long? PrivateBytes(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        return File.ReadLines(status)
            .Where(l => l.StartsWith("RssAnon:", StringComparison.Ordinal) || l.StartsWith("RssShmem:", StringComparison.Ordinal))
            .Sum(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024);
    }
}
