using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// A fake Discord on 127.0.0.1 and the client running in a host against it, both on the real clock, or both on
/// one <see cref="TestClock"/> for scenarios that assert waits (<see cref="OnFakeClock"/>). Every
/// scenario ends with the suite-wide checks: every body the client sent passed the fake's validation (the
/// project's schemas, Discord's official spec when it is beside the repository, the docs' limits: no
/// violations), and the bot token never appeared in any log line.
/// </summary>
public abstract class ScenarioBase : IAsyncLifetime
{
    /// <summary>A bound on waiting for something to happen (never a measurement): generous for a busy machine.</summary>
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private BotHarness? bot;

    internal FakeDiscordServer Discord { get; private set; } = null!;

    internal BotHarness Bot => bot ?? throw new InvalidOperationException("Call StartBotAsync first.");

    /// <summary>Settings for the bot's <c>Discord</c> section beyond the token and url.</summary>
    protected virtual IDictionary<string, string?> BotSettings => new Dictionary<string, string?>();

    /// <summary>
    /// The fake's options. Discord's own heartbeat interval (41.25 s): no scenario on the real clock depends on a
    /// beat, and a busy machine cannot make one look missed. On the real clock the interaction deadline is 30 s
    /// instead of Discord's 3: these scenarios check what the client answers, and a slow scheduler must not turn
    /// into a 10062 (the 3-second rule itself is checked on a fake clock, in <c>FakeInteractionTests</c>).
    /// </summary>
    protected virtual FakeDiscordOptions FakeOptions => Clock is null
        ? new() { InteractionDeadline = TimeSpan.FromSeconds(30) }
        : new() { TimeProvider = Clock };

    /// <summary>True: the fake and the client share <see cref="Clock"/>, and the client's random draws are <see cref="Jitter"/>.</summary>
    protected virtual bool OnFakeClock => false;

    /// <summary>The client's random draw in [0, 1) on a fake clock (the first beat at interval x this, ...).</summary>
    protected virtual double Jitter => 0.2;

    /// <summary>The shared fake clock, when <see cref="OnFakeClock"/>.</summary>
    internal TestClock? Clock { get; private set; }

    /// <summary>False for scenarios that start the bot themselves (e.g. with a wrong token).</summary>
    protected virtual bool StartBotAtOnce => true;

    public async Task InitializeAsync()
    {
        Clock = OnFakeClock ? new TestClock() : null;
        Discord = await FakeDiscordServer.StartAsync(FakeOptions);
        if (StartBotAtOnce)
        {
            await StartBotAsync();
            await Bot.Gateway.Ready.WaitAsync(Wait);
            await Discord.WaitForReadyAsync(Wait);
        }
    }

    public async Task DisposeAsync()
    {
        if (bot is not null)
        {
            await bot.DisposeAsync();
            bot.Logs.AssertNeverLogged(Discord.Token);
        }

        var violations = Discord.Violations;
        await Discord.DisposeAsync();
        Assert.True(violations.Count == 0, "Violations: " + string.Join("; ", violations));
    }

    internal async Task<BotHarness> StartBotAsync(string? token = null, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(BotSettings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        bot = await BotHarness.StartAsync(Discord.ApiBaseUrl.ToString(), token ?? Discord.Token, all, Clock, Clock is null ? null : () => Jitter);
        return bot;
    }

    /// <summary>Client frames of one op, in order.</summary>
    internal IReadOnlyList<FakeDiscord.GatewayFrame> Frames(int op) => Discord.ReceivedFrames.Where(f => f.Op == op).ToList();
}
