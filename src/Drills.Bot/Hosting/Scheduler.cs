using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Recap;
using Drills.Bot.Redo;
using Drills.Bot.Schedule;
using Drills.Discord;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Hosting;

/// <summary>
/// One timer for everything due: closes drills, posts drills (catching up once after downtime), sends redo
/// digests and weekly recaps, then sleeps until the earliest next due instant (or until data changes). Times come from the
/// injected <see cref="TimeProvider"/>, so tests run weeks of schedule in milliseconds.
/// </summary>
internal sealed partial class Scheduler(
    GatewayClient gateway, PostingService posting, RevealService reveals, ReminderService reminders, RecapService recaps, SchedulerSignal signal,
    IEnumerable<ISchedulerObserver> observers, TimeProvider time, ILogger<Scheduler> log) : BackgroundService
{
    private static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);
    private static readonly TimeSpan ErrorPause = TimeSpan.FromSeconds(30);
    private readonly IReadOnlyList<ISchedulerObserver> observers = observers.ToList();
    private bool released;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        // Discord wants a gateway connection before a bot posts; it also proves the token.
        if (await GatewayReady.WaitAsync(gateway, ct) is null)
        {
            return;
        }

        while (!ct.IsCancellationRequested)
        {
            var sleep = ErrorPause;
            try
            {
                // Posts first: each closes its group's previous drill just before it (reveal, then the new drill), so
                // at a busy 09:00 every group gets both in turn instead of all reveals before any new drill. Then the
                // drills closing without a new one (paused groups), then the redo DMs, then the weekly recaps (after the
                // closes, so a recap caught up after downtime sees every drill whose answer is out).
                await posting.PostDueAsync(ct);
                await reveals.CloseDueAsync(ct);
                await reminders.SendDueAsync(ct);
                await recaps.PostDueAsync(ct);
                sleep = await SleepAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogRoundFailed(e);
            }

            using var wakeOrTimer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var timer = Task.Delay(sleep, time, wakeOrTimer.Token);
            var woken = signal.WaitAsync(wakeOrTimer.Token);
            if (!released)
            {
                // Start-up is work too: hand its garbage back once the first round is done.
                IdleMemory.Release();
                released = true;
            }

            var wakeAt = time.GetUtcNow() + sleep;
            foreach (var observer in observers)
            {
                observer.Armed(wakeAt);
            }

            await Task.WhenAny(timer, woken);
            foreach (var observer in observers)
            {
                observer.Woke();
            }

            await wakeOrTimer.CancelAsync();
            await Task.WhenAll(timer, woken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<TimeSpan> SleepAsync(CancellationToken ct)
    {
        DateTimeOffset?[] next =
        [
            await posting.NextDueAsync(ct), await reveals.NextCloseAsync(ct), await reminders.NextDueAsync(ct), await recaps.NextDueAsync(ct),
        ];
        var earliest = next.Where(n => n is not null).Select(n => n!.Value).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var wait = earliest == DateTimeOffset.MaxValue ? MaxSleep : earliest - time.GetUtcNow();
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxSleep ? MaxSleep : wait;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduler round failed; trying again in 30 s")]
    private partial void LogRoundFailed(Exception e);
}
