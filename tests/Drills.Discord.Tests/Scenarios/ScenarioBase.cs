using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// A fake Discord on 127.0.0.1 (heartbeat 200 ms) and the client running in a host against it. Every
/// scenario ends with the suite-wide checks: every body the client sent passed the fake's validation (the
/// project's schemas, Discord's official spec when it is beside the repository, the docs' limits: no
/// violations), and the bot token never appeared in any log line.
/// </summary>
public abstract class ScenarioBase : IAsyncLifetime
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private BotHarness? bot;

    internal FakeDiscordServer Discord { get; private set; } = null!;

    internal BotHarness Bot => bot ?? throw new InvalidOperationException("Call StartBotAsync first.");

    /// <summary>Settings for the bot's <c>Discord</c> section beyond the token and url.</summary>
    protected virtual IDictionary<string, string?> BotSettings => new Dictionary<string, string?>();

    protected virtual FakeDiscordOptions FakeOptions => new() { HeartbeatInterval = TimeSpan.FromMilliseconds(200) };

    /// <summary>False for scenarios that start the bot themselves (e.g. with a wrong token).</summary>
    protected virtual bool StartBotAtOnce => true;

    public async Task InitializeAsync()
    {
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

        bot = await BotHarness.StartAsync(Discord.ApiBaseUrl.ToString(), token ?? Discord.Token, all);
        return bot;
    }

    /// <summary>Client frames of one op, in order.</summary>
    internal IReadOnlyList<FakeDiscord.GatewayFrame> Frames(int op) => Discord.ReceivedFrames.Where(f => f.Op == op).ToList();
}
