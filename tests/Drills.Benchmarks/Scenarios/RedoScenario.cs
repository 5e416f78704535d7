using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.FakeDiscord;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 2. Redo fan-out: every member has due redo items (two each: one digest DM per member) and a DM channel the bot
/// already knows (a first-ever DM also opens the channel: the fake allows 5 of those per 5 s, Discord's own route
/// limit is not documented). The fake enforces the global limit (50/s) and its per-route buckets; then both are
/// scaled 10x (fake and the bot's Discord:GlobalRequestsPerSecond). Budget: DMs at >= 90% of the limit, no 429,
/// none lost or duplicated.
/// </summary>
internal sealed class RedoScenario : IScenario
{
    private const string Scenario = "2 redo";
    private static readonly DateTimeOffset Clock = new(2026, 3, 26, 10, 0, 0, TimeSpan.Zero);

    public string Name => "redo";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        // (the fake's global limit, the bot's Discord:GlobalRequestsPerSecond, runs): as configured by default, and
        // everything scaled 10x to show where the bot itself stops.
        var variants = new (int Limit, int Bot, int Runs, string Note)[]
        {
            (50, 50, settings.LongRuns, ""),
            (500, 500, settings.Runs, ""),
        };
        foreach (var (limit, botRate, count, note) in variants)
        {
            var runs = new List<RedoRun>();
            for (var run = 0; run < count; run++)
            {
                runs.Add(await RunOnceAsync(settings, limit, botRate));
            }

            var judged = limit == 50;
            var label = $"{settings.RedoMembers * settings.RedoItemsPerMember:N0} items, {settings.RedoMembers:N0} members, limit {limit}/s{note}";
            table.Add(Scenario, $"{label}: DMs/s after the first second (ratio: of the limit)", runs.Select(r => r.DmsPerSecond).ToList(), PerSecond,
                judged ? Budget.AtLeast($">= 90% of {limit}/s", 0.9 * limit, against: limit) : Budget.Reference($"{limit}/s", limit));
            table.Add(Scenario, $"{label}: total time (READY -> last DM)", runs.Select(r => r.Total.TotalSeconds).ToList(), Seconds,
                Budget.Reference($"{settings.RedoMembers / (double)limit:0} s at the limit", settings.RedoMembers / (double)limit));
            table.Add(Scenario, $"{label}: 429 responses", runs.Select(r => (double)r.TooMany).ToList(), Count, Budget.Below("0", 0));
            table.Add(Scenario, $"{label}: DMs lost", runs.Select(r => (double)r.Lost).ToList(), Count, Budget.Below("0", 0));
            table.Add(Scenario, $"{label}: DMs duplicated", runs.Select(r => (double)r.Duplicated).ToList(), Count, Budget.Below("0", 0));
            table.Add(Scenario, $"{label}: items not marked reminded", runs.Select(r => (double)r.Unmarked).ToList(), Count, Budget.Below("0", 0));
            table.Add(Scenario, $"{label}: bot working set, peak", runs.Select(r => r.PeakWorkingSet / 1048576.0).ToList(), Mb);
            if (runs.SelectMany(r => r.Problems).FirstOrDefault() is { } problem)
            {
                table.AddNote(Scenario, $"{label}: first bot log line", problem);
            }
        }
    }

    internal static async Task<RedoRun> RunOnceAsync(BenchSettings settings, int limit, int botRate, string? postgresServer = null)
    {
        await using var world = await BenchWorld.CreateAsync(new FakeDiscordOptions { GlobalRequestsPerSecond = limit, BucketLimit = limit / 10 }, postgresServer);
        var discord = world.Discord;
        var guild = discord.CreateGuild("Redo");
        var members = Enumerable.Range(0, settings.RedoMembers).Select(i => discord.CreateMember(guild, $"r{i}")).ToList();
        var drills = BenchWorld.Catalog.AllDrills.Select(d => d.Id).ToList();
        await world.Db.MigrateAsync();
        Seed.Members(world.Db, members.Select(m => (m.Id, (ulong?)discord.DmChannelOf(m).Id)));
        Seed.RedoItems(world.Db, members.SelectMany((m, i) => Enumerable.Range(0, settings.RedoItemsPerMember)
            .Select(k => (m.Id, drills[(i + k) % drills.Count], (long?)null, 0, Clock.AddHours(-1).AddMinutes(-k)))));

        await using var bot = world.StartBot(Clock, botRate);
        await using var sampler = new WorkingSetSampler(bot);
        await bot.WaitGatewayAsync(TimeSpan.FromSeconds(60));
        var ready = TimeProvider.System.GetUtcNow();
        var expected = TimeSpan.FromSeconds(2.0 * settings.RedoMembers / limit) + TimeSpan.FromSeconds(60);
        await Poll.UntilAsync(() => discord.Messages.Count(m => m.IsDm && m.Source == MessageSource.ChannelPost) >= members.Count, expected);
        await Task.Delay(TimeSpan.FromSeconds(2)); // late duplicates would show here

        var dms = discord.Messages.Where(m => m.IsDm && m.Source == MessageSource.ChannelPost).ToList();
        var perMember = dms.GroupBy(m => m.RecipientUserId).ToDictionary(g => g.Key!.Value, g => g.Count());
        return new RedoRun(
            DmsPerSecond: SteadyRate(dms.Select(m => m.Timestamp).ToList()),
            Total: dms.Count == 0 ? TimeSpan.Zero : dms.Max(m => m.Timestamp) - ready,
            TooMany: discord.Requests.Count(r => r.Status == 429),
            Lost: members.Count(m => !perMember.ContainsKey(m.Id)),
            Duplicated: perMember.Values.Sum(c => c - 1),
            Unmarked: world.Db.Scalar("SELECT COUNT(*) FROM \"RedoItems\" WHERE \"RemindedForDueAt\" IS NULL OR \"RemindedForDueAt\" <> \"DueAt\""),
            PeakWorkingSet: sampler.PeakBytes,
            Problems: bot.Problems);
    }

    /// <summary>
    /// DMs per second once the first second is over: a sender may spend a whole second's allowance at once, so the
    /// rate over a short run (fewer DMs than the limit) would say nothing. Null when the run lasted under two seconds.
    /// </summary>
    private static double SteadyRate(List<DateTimeOffset> times)
    {
        if (times.Count < 2)
        {
            return double.NaN;
        }

        var from = times.Min().AddSeconds(1);
        var last = times.Max();
        return last - from < TimeSpan.FromSeconds(1) ? double.NaN : times.Count(t => t > from) / (last - from).TotalSeconds;
    }

    internal sealed record RedoRun(double DmsPerSecond, TimeSpan Total, int TooMany, int Lost, int Duplicated, long Unmarked, long PeakWorkingSet, IReadOnlyList<string> Problems);
}
