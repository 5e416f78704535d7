using System.Globalization;
using Drills.Bot.Hosting;
using Drills.Bot.TestHost;
using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

// The bot under test in a process of its own: the real host (BotHost.CreateBuilder, settings from the environment the
// test sets), with a fake clock for the schedule, moved by the test; the Discord client keeps real time, as in
// production. One line each way. stdout: "@gateway" (first READY), "@armed" (first scheduler round done and its
// timer set), "@ok" (clock moved). stdin: "advance UNIXMS", "stop". Stdin closing also stops it; the test may instead
// kill it (SIGKILL) to play a crash. Warnings and errors go to stderr, one line each, and so does each post.
var start = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[0], CultureInfo.InvariantCulture));
var clock = new FakeTimeProvider(start);
var builder = BotHost.CreateBuilder([]);
builder.Services.UseBotClock(clock);
var rounds = new SchedulerRounds();
builder.Services.AddSingleton<ISchedulerObserver>(rounds);
builder.Logging.ClearProviders();
builder.Logging.AddProvider(new StderrLoggerProvider("Drills.Bot.Posting.PostingService"));
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("Drills.Bot.Posting.PostingService", LogLevel.Information);
using var host = builder.Build();
using var lifetime = new CancellationTokenSource(TimeSpan.FromMinutes(10));
await host.StartAsync(lifetime.Token);
var announce = Announce(host.Services.GetRequiredService<GatewayClient>(), rounds.First, lifetime.Token);

while (!lifetime.IsCancellationRequested && await ReadLine(lifetime.Token) is { } line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (parts is ["advance", var ms])
    {
        var target = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(ms, CultureInfo.InvariantCulture));
        if (target > clock.GetUtcNow())
        {
            clock.SetUtcNow(target);
        }

        Reply("@ok");
    }
    else if (parts is ["stop"])
    {
        break;
    }
}

using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
await host.StopAsync(stopping.Token);
await announce.ContinueWith(_ => { }, TaskScheduler.Default);
return 0;

static async Task Announce(GatewayClient gateway, Task firstRound, CancellationToken ct)
{
    await gateway.Ready.WaitAsync(ct);
    Reply("@gateway");
    await firstRound.WaitAsync(ct);
    Reply("@armed");
}

static async Task<string?> ReadLine(CancellationToken ct)
{
    try
    {
        return await Console.In.ReadLineAsync(ct);
    }
    catch (OperationCanceledException)
    {
        return null;
    }
}

static void Reply(string line)
{
    lock (Console.Out)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }
}
