using System.Runtime.InteropServices;

namespace Drills.Bot.Hosting;

/// <summary>
/// The C library's heap (glibc), under the managed one: SQLite's caches, Skia's paths, paints and glyphs for the
/// charts, the runtime's and the JIT's own bookkeeping. On other C libraries (musl) these calls do not exist and
/// are skipped.
/// </summary>
internal static partial class NativeHeap
{
    /// <summary>glibc's <c>mallopt</c> parameter for the most arenas it makes (<c>M_ARENA_MAX</c>).</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>
    /// Arenas allowed. glibc gives each new thread that allocates an arena of its own, up to eight per core (16 on
    /// 2 cores); after a day's use (300 charts drawn on whichever pool thread ran the command) their free space
    /// was scattered in ~2 KB holes between live blocks that no trim can return: ~21 MB resident for ~10 MB in use.
    /// With two arenas from process start (MALLOC_ARENA_MAX=2) 4 MB; capped here, after the runtime's own threads
    /// made theirs (7 in all), 15 MB. The burst benchmark's CPU per prediction stayed within its noise.
    /// </summary>
    private const int Arenas = 2;

    private static bool available = OperatingSystem.IsLinux();

    /// <summary>
    /// Caps the arenas for the rest of the process; call first thing at start: the arenas already made stay, no more
    /// are made (glibc reads the cap until it has eight). The Docker image sets MALLOC_ARENA_MAX as well, which holds
    /// from the process's first thread on.
    /// </summary>
    public static void LimitArenas() => Call(() => NativeMethods.mallopt(ArenaMaxOption, Arenas));

    /// <summary>Gives the free pages in every arena back to the system (<c>malloc_trim</c>).</summary>
    public static void Trim() => Call(() => NativeMethods.malloc_trim(0));

    private static void Call(Func<int> call)
    {
        if (!available)
        {
            return;
        }

        try
        {
            _ = call();
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            available = false;
        }
    }

    private static partial class NativeMethods
    {
        [LibraryImport("libc", EntryPoint = "malloc_trim")]
        public static partial int malloc_trim(nuint pad);

        [LibraryImport("libc", EntryPoint = "mallopt")]
        public static partial int mallopt(int option, int value);
    }
}
