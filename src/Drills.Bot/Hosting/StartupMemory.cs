namespace Drills.Bot.Hosting;

/// <summary>
/// Start-up leaves garbage that an idle bot never allocates enough to collect: the EF model build, migrations,
/// the drill packs' parse, the first round's queries (about 12 MB measured by the benchmarks). One full,
/// compacting collection after the scheduler's first round hands it back to the system, so idle memory is what
/// the bot really holds. Runs once per start; a few milliseconds.
/// </summary>
internal static class StartupMemory
{
    public static void Release() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
