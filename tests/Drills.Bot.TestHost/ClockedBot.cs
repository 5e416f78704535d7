using System.Globalization;
using Drills.Bot.Hosting;
using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Bot.TestHost;

/// <summary>
/// The bot under test in a process of its own, for the multi-process tests and the benchmark driver: the real host
/// (<see cref="BotHost.CreateBuilder"/>, settings from the environment the parent sets) with a fake clock for the
/// schedule that the parent moves over stdin; the Discord client keeps real time, as in production. One line each way.
/// stdout: <c>@gateway</c> (first READY), <c>@armed</c> (first scheduler round done and its timer set, or five minutes
/// gone), <c>@ok</c> (clock moved), <c>@buckets N</c> (the client's live rate-limit buckets).
/// stdin: <c>advance UNIXMS</c>, <c>buckets</c>, <c>stop</c>. Stdin closing also stops it, and so does its lifetime;
/// the parent may instead kill it (SIGKILL) to play a crash. Warnings and errors go to stderr, one line each, and so
/// do the information lines of <c>informationFrom</c>'s categories. Shared by both projects (compiled into each).
/// </summary>
internal static class ClockedBot
{
    private static readonly TimeSpan ArmedWait = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(DateTimeOffset start, TimeSpan lifetime, params string[] informationFrom)
    {
        var clock = new FakeTimeProvider(start);
        var builder = BotHost.CreateBuilder([]);
        builder.Services.UseBotClock(clock);
        var rounds = new SchedulerRounds();
        builder.Services.AddSingleton<ISchedulerObserver>(rounds);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new StderrLoggerProvider(informationFrom));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        foreach (var category in informationFrom)
        {
            builder.Logging.AddFilter(category, LogLevel.Information);
        }

        using var host = builder.Build();
        using var stop = new CancellationTokenSource(lifetime);
        await host.StartAsync(stop.Token);
        var announce = AnnounceAsync(host.Services.GetRequiredService<GatewayClient>(), rounds.First, stop.Token);

        while (!stop.IsCancellationRequested && await ReadLineAsync(stop.Token) is { } line)
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
            else if (parts is ["buckets"])
            {
                Reply("@buckets " + host.Services.GetRequiredService<DiscordRestClient>().LiveRateLimitBuckets.ToString(CultureInfo.InvariantCulture));
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
    }

    private static async Task AnnounceAsync(GatewayClient gateway, Task firstRound, CancellationToken ct)
    {
        await gateway.Ready.WaitAsync(ct);
        Reply("@gateway");
        try
        {
            await firstRound.WaitAsync(ArmedWait, ct);
        }
        catch (TimeoutException)
        {
            // The parent is told anyway: a scheduler slow to arm shows in what it measures next, not as a hang.
        }

        Reply("@armed");
    }

    private static async Task<string?> ReadLineAsync(CancellationToken ct)
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

    private static void Reply(string line)
    {
        lock (Console.Out)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }
}
