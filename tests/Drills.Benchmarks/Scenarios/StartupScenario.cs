using System.Diagnostics;
using System.Globalization;
using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.Bot.Drills.Content;
using Drills.FakeDiscord;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// Start-up and idle memory of the operator's executable (<c>Drills.Bot</c>, system clock, console logging):
/// process start to the gateway's READY on a fresh folder (the database is created and migrated) and on a
/// restart; then its working set after sitting idle. Budget: idle memory under 100 MB. (The data scenario
/// repeats this with a million predictions in the database.)
/// </summary>
internal sealed class StartupScenario : IScenario
{
    private const string Scenario = "4 startup";

    /// <summary>Two of the bot's quiet checks (IdleMemory.Interval, 30 s) and a margin: one sees the work, the next the quiet.</summary>
    private static readonly TimeSpan AfterUseSettle = TimeSpan.FromSeconds(65);

    public string Name => "startup";

    /// <summary>Past Discord's identify window (the fake's <c>IdentifyInterval</c>, 5 s): a margin for scheduling.</summary>
    private static readonly TimeSpan IdentifyMargin = TimeSpan.FromSeconds(0.5);

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        var fresh = new List<double>();
        var restart = new List<double>();
        var idle = new List<double>();
        var own = new List<double>();
        var used = new List<double>();
        var problems = 0;
        long notStored = 0;
        long busy = 0;
        for (var run = 0; run < settings.Runs; run++)
        {
            await using var world = await BenchWorld.CreateAsync();
            var lastIdentify = 0L;
            for (var start = 0; start < 2; start++)
            {
                // Discord takes one identify per 5 s (per max_concurrency bucket): a restart sooner is refused (op 9) and
                // waits 1-5 s more, which a deploy does not meet. The restart starts once that window has passed.
                if (start == 1 && world.Discord.Options.IdentifyInterval + IdentifyMargin - Stopwatch.GetElapsedTime(lastIdentify) is { Ticks: > 0 } rest)
                {
                    await Task.Delay(rest);
                }

                var identifies = world.Discord.IdentifyCount;
                await using var bot = world.StartProductionBot();
                await bot.WaitReadyOnFakeAsync(world.Discord, identifies, TimeSpan.FromSeconds(60));
                lastIdentify = Stopwatch.GetTimestamp();
                (start == 0 ? fresh : restart).Add(bot.ToGateway.TotalMilliseconds);
                if (start == 1)
                {
                    await Task.Delay(settings.IdleSettle);
                    idle.Add(bot.WorkingSet / 1048576.0);
                    if (bot.PrivateBytes is { } bytes)
                    {
                        own.Add(bytes / 1048576.0);
                    }

                    var members = settings.Quick ? 100 : 300;
                    var busyNow = await UseEveryCommandAsync(world, members);
                    await Task.Delay(AfterUseSettle);
                    used.Add(bot.WorkingSet / 1048576.0);
                    busy += busyNow;
                    notStored += members - busyNow - world.Db.Scalar("SELECT COUNT(*) FROM Predictions");
                }

                problems += bot.Warnings + bot.Errors;
                foreach (var problem in bot.Problems.Take(3))
                {
                    table.AddNote(Scenario, "bot log line", problem);
                }
            }
        }

        table.Add(Scenario, "Drills.Bot process start -> READY, fresh folder (DB created)", fresh, Ms);
        table.Add(Scenario, "Drills.Bot process start -> READY, restart", restart, Ms);
        table.Add(Scenario, $"Drills.Bot working set idle ({settings.IdleSettle.TotalSeconds:0} s after READY, empty DB)", idle, Mb, Budget.Below("< 100 MB", 100));
        table.Add(Scenario, "  of which private (anon + shmem: heap, JIT code; the rest is mapped files)", own, Mb);
        table.Add(Scenario, $"Drills.Bot working set idle after use (every command, predictions, then {AfterUseSettle.TotalSeconds:0} s)", used, Mb, Budget.Below("< 100 MB", 100));
        table.Add(Scenario, "  predictions answered busy in that use (admission; not stored, the member is told)", [busy], Count);
        table.Add(Scenario, "  predictions not stored in that use, busy ones aside (all runs)", [notStored], Count, Budget.Below("0", 0));
        table.Add(Scenario, "Drills.Bot warnings / errors logged", [problems], Count, Budget.Below("0", 0));
    }

    /// <summary>
    /// What a group does on its first day, so that idle memory includes the code every path loads: set-up, a post,
    /// <paramref name="members"/> predictions (half wrong, so redo items), then each member's <c>/score</c>, and the
    /// other commands once. (Reveals and redo DMs need days to pass; the system clock does not move here.)
    /// </summary>
    /// <returns>How many predictions were answered busy (admission control on a loaded machine): not stored, by design.</returns>
    private static async Task<int> UseEveryCommandAsync(BenchWorld world, int members)
    {
        var discord = world.Discord;
        const ulong manageGuild = 0x20;
        var guild = discord.CreateGuild("Idle");
        var channel = discord.CreateTextChannel(guild, "drills");
        var organiser = discord.CreateMember(guild, "organiser", manageGuild);
        var setup = await discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand("setup",
            CommandOption.Channel("channel", channel), CommandOption.String("time", "09:00"), CommandOption.String("timezone", "Europe/Berlin")));
        await setup.WaitForOriginalEditAsync(TimeSpan.FromSeconds(10));
        var postNow = await discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand("post-now"));
        await postNow.WaitForOriginalEditAsync(TimeSpan.FromSeconds(10));
        await discord.WaitForMessageAsync(m => m.ChannelId == channel.Id && m.Source == MessageSource.ChannelPost, TimeSpan.FromSeconds(10));
        var people = Enumerable.Range(0, members).Select(i => discord.CreateMember(guild, $"member{i}")).ToList();

        // The posted drill may take a letter, a number, an exception or output: each member answers in its form (a
        // letter where an exception name is expected is refused, not stored).
        var (right, wrong) = Answers(PostedDrill(world));
        var predicted = await LoadDriver.OpenLoopAsync(100, people.Count, i => discord.SendSlashCommandAsync(people[i], channel, "predict", CommandOption.String("answer", i % 2 == 0 ? right : wrong)));
        await LoadDriver.OpenLoopAsync(100, people.Count, i => discord.SendSlashCommandAsync(people[i], channel, "score"));
        foreach (var period in new[] { "week", "month", "all" })
        {
            await discord.SendSlashCommandAsync(people[0], channel, "leaderboard", CommandOption.String("period", period));
        }

        await discord.SendSlashCommandAsync(people[1], channel, "redo");
        await discord.SendSlashCommandAsync(people[1], channel, "reminders", CommandOption.String("state", "off"));
        await discord.SendSlashCommandAsync(people[1], channel, "reminders", CommandOption.String("state", "on"));
        foreach (var sub in new[] { "status", "packs", "pause", "resume" })
        {
            await discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand(sub));
        }

        return predicted.Samples.Count(s => s?.Result is { } r && BurstPhase.IsBusy(r));
    }

    private static Drill PostedDrill(BenchWorld world)
    {
        using var connection = world.Db.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DrillId FROM Posts ORDER BY Id DESC LIMIT 1";
        var id = (string)command.ExecuteScalar()!;
        return BenchWorld.Catalog.Find(id) ?? throw new InvalidOperationException($"the posted drill {id} is not in the catalog");
    }

    /// <summary>A right and a wrong answer in the form the drill takes.</summary>
    internal static (string Right, string Wrong) Answers(Drill drill) => drill.Answer switch
    {
        ChoiceAnswer c => (c.Correct.ToString(), c.Options.First(o => o.Letter != c.Correct).Letter.ToString()),
        ErrorAnswer e => (e.Display, e.Type == "KeyError" ? "IndexError: wrong" : "KeyError: wrong"),
        NumberAnswer n => (Number(n.Expected, n.Unit), Number((n.Expected * 10) + 7, n.Unit)),
        OutputAnswer o => (o.Expected, o.Expected == "nothing" ? "something" : "nothing"),
        var other => throw new InvalidOperationException($"no answers for a {other.GetType().Name}"),
    };

    private static string Number(double value, TimeUnit? unit) =>
        value.ToString("0.###", CultureInfo.InvariantCulture) + unit switch { TimeUnit.Seconds => "s", TimeUnit.Milliseconds => "ms", _ => "" };
}
