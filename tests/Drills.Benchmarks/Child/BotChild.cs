using System.Globalization;
using Drills.Bot.Hosting;
using Drills.Bot.TestHost;
using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Benchmarks.Child;

/// <summary>
/// The bot under test, in its own process: the real host (<see cref="BotHost.CreateBuilder"/>, configured from the
/// environment the driver sets) with a fake clock for the schedule that the driver moves over stdin. The Discord
/// client keeps real time, as in production. Protocol, one line each way:
/// stdout <c>@gateway</c> (READY), <c>@armed</c> (first scheduler round done), <c>@ok</c>;
/// stdin <c>advance UNIXMS</c>, <c>buckets</c> (answered <c>@buckets N</c>: the client's live rate-limit buckets), <c>stop</c>. Stdin closing also stops it, and so does <see cref="MaxLifetime"/>.
/// </summary>
internal static class BotChild
{
    public const string Mode = "bot";
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(60); // the soak runs for up to half an hour on a busy machine

    public static async Task<int> RunAsync(string[] args)
    {
        var start = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[1], CultureInfo.InvariantCulture));
        var clock = new FakeTimeProvider(start);
        var builder = BotHost.CreateBuilder([]);
        builder.Services.UseBotClock(clock);
        var armed = new FirstRound();
        builder.Services.AddSingleton<ISchedulerObserver>(armed);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new StderrLoggerProvider());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        using var host = builder.Build();
        using var lifetime = new CancellationTokenSource(MaxLifetime);
        await host.StartAsync(lifetime.Token);
        var announce = AnnounceAsync(host.Services.GetRequiredService<GatewayClient>(), armed.Task, lifetime.Token);

        while (!lifetime.IsCancellationRequested && await ReadLineAsync(lifetime.Token) is { } line)
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
            await firstRound.WaitAsync(TimeSpan.FromMinutes(5), ct);
        }
        catch (TimeoutException)
        {
            // As before: after five minutes the driver is told anyway.
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

    /// <summary>Completes when the scheduler has finished its first round and armed its timer.</summary>
    private sealed class FirstRound : ISchedulerObserver
    {
        private readonly TaskCompletionSource armed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => armed.Task;

        public void Armed(DateTimeOffset wakeAt) => armed.TrySetResult();

        public void Woke()
        {
        }
    }
}
