using System.Text.Json;
using Drills.Benchmarks.Driver;
using Drills.Bot.Interactions;
using Drills.FakeDiscord;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// One measured burst phase: a short warm-up at the phase's own rate (JIT, pools, the SQLite cache), a quiet spell
/// until the bot has stored everything the warm-up sent, then the measured load. Stored rows are counted by the
/// phase's own members only, so rows that earlier phases or the warm-up store late are never counted in.
/// </summary>
internal sealed class BurstPhase(BenchDatabase db, BotProcess bot, Func<int, List<FakeUser>> newMembers, Func<FakeUser, int, Task<InteractionResult>> predict)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    public async Task<BurstRun> RunAsync(int? rate, TimeSpan duration, int maxInFlight)
    {
        var warmRate = Math.Min(rate ?? 500, 500);
        var warm = newMembers((int)(warmRate * WarmUp.TotalSeconds));
        await LoadDriver.OpenLoopAsync(warmRate, warm.Count, i => predict(warm[i], i));
        await QuietAsync();

        var count = (int)((rate ?? 3_000) * duration.TotalSeconds);
        var members = newMembers(count);
        var (low, high) = (members.Min(m => m.Id), members.Max(m => m.Id));
        await using var sampling = new WorkingSetSampler(bot);
        var cpuBefore = bot.CpuTime;
        var load = rate is { } r
            ? await LoadDriver.OpenLoopAsync(r, count, i => predict(members[i], i))
            : await LoadDriver.ClosedLoopAsync(maxInFlight, count, duration, i => predict(members[i], i));

        // Answers that came too late may still be stored: wait (bounded) until the bot has caught up.
        var recorded = load.Samples.Count(s => s?.Result is { } res && IsRecorded(res));
        long stored = 0;
        await Poll.UntilAsync(() => (stored = Stored(low, high)) >= recorded, TimeSpan.FromSeconds(15), 500);
        await QuietAsync();
        stored = Stored(low, high);

        // Deferred in time (type 5) and completed by an edit of @original: recorded when the edit shows a verdict.
        var deferred = load.Samples.Where(s => s?.Result is { Acknowledged: true, CallbackType: 5 }).Select(s => s!.Result!).ToList();
        var deferredRecorded = deferred.Count(r => r.Messages.Any(m => m.Source == MessageSource.WebhookEdit && IsVerdict(m.Body)));
        recorded += deferredRecorded;
        var cpu = bot.CpuTime - cpuBefore;
        return new BurstRun(load, stored, recorded, deferred.Count, deferredRecorded, sampling.PeakBytes, sampling.CpuCores, stored == 0 ? double.NaN : cpu.TotalMilliseconds / stored);
    }

    /// <summary>A recorded prediction's reply (its embed titled with the verdict).</summary>
    public static bool IsRecorded(InteractionResult r) => r.Acknowledged && r.Data is { } d && IsVerdict(d);

    /// <summary>A message body whose first embed is titled with a verdict.</summary>
    public static bool IsVerdict(JsonElement d) =>
        d.ValueKind == JsonValueKind.Object && d.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array && embeds.GetArrayLength() > 0
        && embeds[0].TryGetProperty("title", out var t) && t.GetString() is { } title
        && (title.StartsWith("✅", StringComparison.Ordinal) || title.StartsWith("❌", StringComparison.Ordinal) || title.StartsWith("🟡", StringComparison.Ordinal));

    public static bool IsBusy(InteractionResult r) => r.Acknowledged && r.Content == Replies.Busy;

    /// <summary>Until the prediction count stops moving for a second (bounded): the bot has nothing left to store.</summary>
    private async Task QuietAsync()
    {
        var last = -1L;
        for (var i = 0; i < 30; i++)
        {
            var now = db.Scalar("SELECT COUNT(*) FROM \"Predictions\"");
            if (now == last)
            {
                return;
            }

            last = now;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private long Stored(ulong low, ulong high) =>
        db.Scalar("SELECT COUNT(*) FROM \"Predictions\" WHERE \"UserId\" BETWEEN $p0 AND $p1", (long)low, (long)high);
}

/// <summary>One phase's load, the rows its members got stored, the replies that were recorded predictions, and the bot's cost.
/// <c>Deferred</c>: answered in time with a deferred reply (type 5), <c>DeferredRecorded</c> of them completed with a verdict.
/// <c>CpuMsPerStored</c>: the bot's CPU time over the phase (until all was stored) per stored prediction.</summary>
internal sealed record BurstRun(LoadResult Load, long Stored, int Recorded, int Deferred, int DeferredRecorded, long PeakWorkingSet, double CpuCores, double CpuMsPerStored)
{
    public int Busy => Load.Samples.Count(s => s?.Result is { } r && BurstPhase.IsBusy(r));

    /// <summary>Answered after Discord's deadline (10062) or not at all.</summary>
    public int Expired => Load.Samples.Count(s => s?.Result is not { } r || r.TimedOut || r.ErrorCode == 10062);

    /// <summary>Neither a recorded prediction (at once or by the edit of a deferred reply), nor busy, nor expired: a wrong or failed reply.</summary>
    public int Errors => Load.Samples.Count - Recorded - Busy - Expired;

    /// <summary>Recorded predictions per second from the first send to the last answer.</summary>
    public double RecordedPerSecond
    {
        get
        {
            var done = Load.Samples.Where(s => s?.Result is { } r && BurstPhase.IsRecorded(r)).ToList();
            return done.Count < 2 ? 0 : done.Count / (done.Max(s => s.DoneAt) - done.Min(s => s.SentAt)).TotalSeconds;
        }
    }
}
