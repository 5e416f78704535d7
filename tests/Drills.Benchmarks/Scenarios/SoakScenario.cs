using System.Diagnostics;
using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.FakeDiscord;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 5. Soak (<c>--only soak</c>): 200,000 interactions through the bot as fast as answers come back (64 in
/// flight), a mix of what members do all day: <c>/predict</c> by a new member, that member's <c>/score</c> and
/// <c>/redo</c>, and now and then an organiser's <c>/drills status</c>. Every 20,000 it reports the bot's working
/// set and the Discord client's live rate-limit buckets (each interaction has buckets of its own, keyed by its
/// token). Both must be flat once warmed up: a bot answering interactions for months must not keep one bucket
/// per interaction.
/// </summary>
internal sealed class SoakScenario : IScenario
{
    private const string Scenario = "5 soak";
    private const ulong ManageGuild = 0x20;
    private static readonly DateTimeOffset Clock = new(2026, 3, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ChunkLimit = TimeSpan.FromMinutes(10);

    public string Name => "soak";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        await using var world = await BenchWorld.CreateAsync();
        var discord = world.Discord;
        var guild = discord.CreateGuild("Soak");
        var channel = discord.CreateTextChannel(guild, "drills");
        var organiser = discord.CreateMember(guild, "organiser", ManageGuild);
        var (_, position) = BenchWorld.FirstChoiceDrill("async");
        await world.Db.MigrateAsync();
        Seed.Groups(world.Db, [(guild.Id, channel.Id)], "async", _ => position, Clock);

        await using var bot = world.StartBot(Clock);
        await bot.WaitArmedAsync(TimeSpan.FromSeconds(60));
        await discord.WaitForMessageAsync(m => m.ChannelId == channel.Id && m.Source == MessageSource.ChannelPost, TimeSpan.FromSeconds(30));

        var members = new List<FakeUser>();
        Task<InteractionResult> Send(int i)
        {
            if (i % 1_000 == 999)
            {
                return discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand("status"));
            }

            var member = members[i / 2];
            return (i % 4) switch
            {
                0 or 2 => discord.SendSlashCommandAsync(member, channel, "predict", CommandOption.String("answer", i % 8 == 0 ? "A" : "B")),
                1 => discord.SendSlashCommandAsync(member, channel, "score"),
                _ => discord.SendSlashCommandAsync(member, channel, "redo"),
            };
        }

        var watch = Stopwatch.StartNew();
        var memory = new List<double>();
        var buckets = new List<double>();
        var rates = new List<double>();
        long unanswered = 0;
        long violations = 0;
        for (var done = 0; done < settings.SoakInteractions;)
        {
            var count = Math.Min(settings.SoakReportEvery, settings.SoakInteractions - done);
            var offset = done;
            while (members.Count < (done + count + 1) / 2)
            {
                members.Add(discord.CreateMember(guild, $"m{members.Count}"));
            }

            var load = await LoadDriver.ClosedLoopAsync(settings.MaxInFlight, count, ChunkLimit, i => Send(offset + i));
            done += count;
            unanswered += count - load.Samples.Count(s => s?.Result is { Acknowledged: true });
            violations += discord.Violations.Count;
            discord.ClearRecords(); // the fake's own records would grow for ever
            memory.Add(bot.WorkingSet / 1048576.0);
            buckets.Add(await bot.LiveBucketsAsync());
            rates.Add(load.CallbacksPerSecond);
            table.Add(Scenario, $"after {done,7:N0} ({watch.Elapsed:mm\\:ss}, {load.CallbacksPerSecond:0}/s): bot working set", [memory[^1]], Mb);
            table.Add(Scenario, $"after {done,7:N0}: live rate-limit buckets", [buckets[^1]], Count);
        }

        // The first report is the warm-up (JIT, pools, caches). Flat memory: the mean of the last reports is not above
        // the mean of the first ones after it (three each; samples of a busy process move by some MB either way).
        var window = Math.Max(1, Math.Min(3, (memory.Count - 1) / 2));
        var growth = memory.TakeLast(window).Average() - memory.Skip(1).Take(window).Average();
        table.Add(Scenario, $"working set growth (mean of the last {window} reports - of the {window} after warm-up)", [growth], Mb, Budget.Below("< 10 MB", 10));

        // Flat buckets: a bucket lives at most two idle times after its last use, so the live ones are at most the
        // interactions of that span (one callback bucket each; the rate is a report's average, so allow for more at its
        // end), whatever the total. Without dropping, every interaction so far has one.
        var span = new Discord.DiscordOptions().RateLimitBucketIdleTime * 2;
        var perRecent = buckets.Zip(rates, (b, r) => b / Math.Max(1, r * span.TotalSeconds)).Skip(memory.Count > 1 ? 1 : 0).Max();
        table.Add(Scenario, $"live buckets per interaction of the last {span.TotalSeconds:0} s, most after warm-up", [perRecent],
            v => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Budget.Below("< 1.5 (not dropped: total / recent)", 1.5));
        table.Add(Scenario, "interactions not answered", [unanswered], Count, Budget.Below("0", 0));
        table.Add(Scenario, "Discord rule violations", [violations], Count, Budget.Below("0", 0));
        table.Add(Scenario, "bot warnings / errors logged", [bot.Warnings + bot.Errors], Count, Budget.Below("0", 0));
        foreach (var problem in bot.Problems.Take(3))
        {
            table.AddNote(Scenario, "bot log line", problem);
        }
    }
}
