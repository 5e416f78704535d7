using Drills.Bot.Hosting;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.Discord;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot host against the fake Discord over 127.0.0.1, with a real database (a SQLite file, or a database of
/// its own on the test PostgreSQL server) and a fake clock for the bot (Discord keeps real time). Disposing checks
/// that no request broke Discord's rules and that the token never reached a log line, and drops the database.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    /// <summary>A bound on waiting for something to happen (never a measurement): generous for a busy machine.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly Action<IServiceCollection>? configure;
    private readonly bool ownsDiscord;

    private BotHarness(FakeDiscordServer discord, FakeTimeProvider time, TestDatabase database, string drills, Action<IServiceCollection>? configure, bool ownsDiscord)
    {
        Discord = discord;
        Time = time;
        Database = database;
        DrillsPath = drills;
        this.configure = configure;
        this.ownsDiscord = ownsDiscord;
    }

    public FakeDiscordServer Discord { get; }

    public FakeTimeProvider Time { get; }

    public TestDatabase Database { get; }

    public string DrillsPath { get; }

    public CapturedLogs Logs { get; } = new();

    public IHost Host { get; private set; } = null!;

    /// <summary>The running host's scheduler (a new one with each start).</summary>
    public SchedulerWatch Scheduler { get; private set; } = null!;

    public static Task<BotHarness> StartAsync(DateTimeOffset start, Action<IServiceCollection>? configure = null) =>
        StartAsync(StorageProvider.Sqlite, start, configure);

    public static async Task<BotHarness> StartAsync(StorageProvider provider, DateTimeOffset start, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);

        // Discord keeps real time here, so its 3-second interaction deadline would measure the machine: on a busy
        // runner a slow scheduler must not turn into a 10062 (the deadline itself is checked on a fake clock in
        // Drills.Discord.Tests). Discord's own heartbeat interval: no test here depends on a beat.
        var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { InteractionDeadline = TimeSpan.FromSeconds(30) });
        var harness = new BotHarness(discord, new FakeTimeProvider(start), database, TestPack.Write(), configure, ownsDiscord: true);
        await harness.StartHostAsync();

        // The bot really runs on the provider the test names (a PostgreSQL row passing on SQLite would prove nothing).
        Assert.Equal(provider == StorageProvider.Postgres, await harness.QueryAsync(db => Task.FromResult(db.Database.IsNpgsql())));
        return harness;
    }

    /// <summary>
    /// The bot and the fake Discord on one fake clock, with Discord's real 3 s deadline: a test that moves the clock
    /// past it sees the 10062 a late answer would get, and no scheduler delay on the machine can cause one.
    /// </summary>
    public static async Task<BotHarness> StartOnSharedClockAsync(DateTimeOffset start, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var time = new FakeTimeProvider(start);
        var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { TimeProvider = time });
        var harness = new BotHarness(discord, time, database, TestPack.Write(), services =>
        {
            // The client too (its receipt times and deadlines): one clock for all.
            services.Replace(ServiceDescriptor.Singleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(sp, (TimeProvider)time)));
            services.Replace(ServiceDescriptor.Singleton(sp => ActivatorUtilities.CreateInstance<GatewayClient>(sp, (TimeProvider)time)));
            configure?.Invoke(services);
        }, ownsDiscord: true);
        await harness.StartHostAsync();
        return harness;
    }

    /// <summary>Stops the bot (as a crash or deploy would), lets <paramref name="downtime"/> pass, starts it again.</summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        await Host.StopAsync();
        Host.Dispose();
        Time.Advance(downtime);
        await StartHostAsync();
    }

    private async Task StartHostAsync()
    {
        var builder = BotHost.CreateBuilder([]);
        builder.Services.UseBotClock(Time);
        Scheduler = new SchedulerWatch();
        builder.Services.AddSingleton<ISchedulerObserver>(Scheduler);
        builder.Configuration["Discord:Token"] = Discord.Token;
        builder.Configuration["Discord:ApiBaseUrl"] = Discord.ApiBaseUrl.ToString();
        builder.Configuration["Drills:Path"] = DrillsPath;
        builder.Configuration["Storage:Provider"] = Database.ProviderSetting;
        builder.Configuration["Storage:ConnectionString"] = Database.ConnectionString;
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        configure?.Invoke(builder.Services);
        Host = builder.Build();
        await Host.StartAsync();
        await FakeDiscordServer.WaitUntilAsync(() => Discord.IsReady && Scheduler.WakeAt is not null, Wait, "the bot ready and its scheduler armed");
    }

    /// <summary>Moves the bot's clock to <paramref name="target"/>, stopping at every instant the scheduler wakes for.</summary>
    public async Task AdvanceToAsync(DateTimeOffset target)
    {
        while (true)
        {
            await SettleAsync();
            var wake = Scheduler.WakeAt!.Value;
            var now = Time.GetUtcNow();
            if (wake > target)
            {
                if (target > now)
                {
                    Time.Advance(target - now);
                }

                return;
            }

            var rounds = Scheduler.Rounds;
            if (wake > now)
            {
                Time.Advance(wake - now);
            }

            await FakeDiscordServer.WaitUntilAsync(() => Scheduler.Rounds > rounds, Wait, "a scheduler round");
        }
    }

    public Task AdvanceAsync(TimeSpan by) => AdvanceToAsync(Time.GetUtcNow() + by);

    /// <summary>Waits until the scheduler has finished its round and armed its timer.</summary>
    public Task SettleAsync() => FakeDiscordServer.WaitUntilAsync(() => Scheduler.WakeAt is not null, Wait, "the scheduler to settle");

    public async Task<T> QueryAsync<T>(Func<DrillsDb, Task<T>> query)
    {
        var dbs = Host.Services.GetRequiredService<IDbContextFactory<DrillsDb>>();
        await using var db = await dbs.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Database.DisposeAsync();
        var violations = Discord.Violations;
        var token = Discord.Token;
        if (ownsDiscord)
        {
            await Discord.DisposeAsync();
        }

        Assert.True(violations.Count == 0, "Discord rule violations:\n" + string.Join('\n', violations));
        Assert.DoesNotContain(Logs.Lines, l => l.Contains(token, StringComparison.Ordinal));
    }
}
