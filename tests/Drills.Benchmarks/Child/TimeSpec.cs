using System.Runtime.InteropServices;

namespace Drills.Benchmarks.Child;

/// <summary>C's <c>struct timespec</c> on 64-bit Linux (what <c>clock_gettime</c> fills).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TimeSpec
{
    public long Seconds;
    public long Nanoseconds;
}
