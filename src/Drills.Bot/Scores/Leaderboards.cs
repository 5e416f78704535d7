using System.Collections.Concurrent;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Scores;

/// <summary>
/// The week and month boards of a large group (<see cref="GroupRanks.LargeGroup"/> members or more). Such a board
/// sums every prediction of the period, up to a million rows (a third of a second and more), and per-day totals
/// would not shrink that: a member predicts once a day. So a large group's board is kept: served as it is for
/// <see cref="MaxAge"/>, then still served while a fresh one is computed in the background (for up to
/// <see cref="StaleLimit"/>; older, or a new day, and the member waits for the fresh one). Others' moves show
/// within about a minute, as in <see cref="GroupRanks"/>. A small group's board is computed on every call, exactly.
/// </summary>
public sealed class Leaderboards(IDbContextFactory<DrillsDb> dbs, TimeProvider time, int largeGroup = GroupRanks.LargeGroup)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan StaleLimit = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(int Group, LeaderboardPeriod Period), Board> boards = new();

    /// <summary>A computed board: its rows, and how many members the group has (whether it is large).</summary>
    public sealed record Computed(IReadOnlyList<LeaderboardRow> Rows, int Members);

    /// <summary>The board of <paramref name="groupId"/> for the period starting <paramref name="from"/>, computed by <paramref name="compute"/> when needed.</summary>
    public async Task<IReadOnlyList<LeaderboardRow>> GetAsync(
        DrillsDb db, int groupId, LeaderboardPeriod period, DateOnly from, Func<DrillsDb, CancellationToken, Task<Computed>> compute, CancellationToken ct)
    {
        var key = (groupId, period);
        var now = time.GetUtcNow();
        if (boards.TryGetValue(key, out var board) && board.From == from && now - board.At < StaleLimit)
        {
            if (now - board.At >= MaxAge && board.TryStartRefresh())
            {
                _ = Task.Run(() => RefreshAsync(key, from, compute), CancellationToken.None);
            }

            return board.Rows;
        }

        var computed = await compute(db, ct);
        Keep(key, from, computed, now);
        return computed.Rows;
    }

    private async Task RefreshAsync((int Group, LeaderboardPeriod Period) key, DateOnly from, Func<DrillsDb, CancellationToken, Task<Computed>> compute)
    {
        try
        {
            var at = time.GetUtcNow();
            await using var db = await dbs.CreateDbContextAsync();
            Keep(key, from, await compute(db, CancellationToken.None), at);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The board stays as it was; the next call past MaxAge tries again.
            if (boards.TryGetValue(key, out var board))
            {
                board.RefreshFailed();
            }
        }
    }

    private void Keep((int Group, LeaderboardPeriod Period) key, DateOnly from, Computed computed, DateTimeOffset at)
    {
        if (computed.Members >= largeGroup)
        {
            boards[key] = new Board(computed.Rows, from, at);
        }
        else
        {
            boards.TryRemove(key, out _);
        }
    }

    private sealed class Board(IReadOnlyList<LeaderboardRow> rows, DateOnly from, DateTimeOffset at)
    {
        private int refreshing;

        public IReadOnlyList<LeaderboardRow> Rows => rows;

        public DateOnly From => from;

        public DateTimeOffset At => at;

        public bool TryStartRefresh() => Interlocked.Exchange(ref refreshing, 1) == 0;

        public void RefreshFailed() => Volatile.Write(ref refreshing, 0);
    }
}
