using System.Globalization;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// How long a process has waited for a CPU while it was ready to run, from Linux's per-thread scheduler
/// statistics (<c>/proc/PID/task/TID/schedstat</c>: time on a CPU, time waiting on a run queue, slices, in
/// nanoseconds). Wall time minus this wait is roughly what the run would have taken on an idle machine,
/// which is what a drill's timeout is meant to bound. Zero where the statistics are not available.
/// </summary>
internal static class RunQueueWait
{
    /// <summary>
    /// The longest wait of any of the process's threads: threads wait side by side, so their waits overlap
    /// rather than add up.
    /// </summary>
    public static TimeSpan Of(int pid)
    {
        try
        {
            var longest = 0L;
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds))
                {
                    longest = Math.Max(longest, nanoseconds);
                }
            }

            return TimeSpan.FromTicks(longest / 100);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or the process (or one of its threads) has just exited: count wall time only.
            return TimeSpan.Zero;
        }
    }
}
