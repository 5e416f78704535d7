using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Drills.Bot.Storage;

/// <summary>
/// Group commit for the hot writers (predictions): each caller stages its changes on its own context and hands it
/// here; one writer takes whatever has queued meanwhile (up to <see cref="StorageOptions.MaxBatch"/>) and saves it
/// in one transaction, so a burst pays one commit (one WAL sync in SQLite, one round trip and flush in PostgreSQL)
/// per batch instead of per member. A caller's task completes only once that transaction has committed, i.e. its
/// rows are durable. When a batch fails (one member's row breaks a constraint, e.g. a double click's second
/// prediction) each of its writes is saved alone, so only the failing one sees its error. There is no waiting for
/// a batch to fill: while one batch commits the next gathers, so a lone write is saved at once.
/// The one writer also keeps SQLite's single write lock free of busy-handler sleeps (other writers keep busy_timeout).
/// </summary>
public sealed class GroupCommit(IDbContextFactory<DrillsDb> dbs, int maxBatch = 64)
{
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock start = new();
    private Task? writer;

    /// <summary>Writes saved alone (a batch of one) and in batches, and the batches: for the benchmark's batch table.</summary>
    public long Writes => Interlocked.Read(ref writes);

    public long Batches => Interlocked.Read(ref batches);

    private long writes;
    private long batches;

    /// <summary>
    /// Saves <paramref name="db"/>'s tracked changes with whatever else is queued. Completes when they are committed;
    /// throws what saving them alone throws (a <see cref="DbUpdateException"/> for a broken constraint). The context
    /// is read by the writer until then, so this waits for the outcome even when <paramref name="ct"/> is cancelled
    /// after the write was queued (a write not yet started is then skipped).
    /// </summary>
    public Task CommitAsync(DrillsDb db, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        EnsureWriter();
        var pending = new Pending(db, ct);
        queue.Writer.TryWrite(pending);
        return pending.Done.Task;
    }

    private void EnsureWriter()
    {
        if (writer is not null)
        {
            return;
        }

        lock (start)
        {
            writer ??= Task.Run(WriteLoopAsync);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(maxBatch);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < maxBatch && queue.Reader.TryRead(out var next))
            {
                if (next.Ct.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(next.Ct);
                }
                else
                {
                    batch.Add(next);
                }
            }

            if (batch.Count > 0)
            {
                await SaveAsync(batch).ConfigureAwait(false);
                Interlocked.Add(ref writes, batch.Count);
                Interlocked.Increment(ref batches);
                batch.Clear();
            }
        }
    }

    private async Task SaveAsync(List<Pending> batch)
    {
        if (batch.Count == 1)
        {
            await SaveAloneAsync(batch[0]).ConfigureAwait(false);
            return;
        }

        try
        {
            await using var target = await dbs.CreateDbContextAsync().ConfigureAwait(false);
            foreach (var pending in batch)
            {
                Stage(pending.Db, target);
            }

            await target.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // One write spoiled the batch (nothing of it was committed): each alone, so only that one fails.
            foreach (var pending in batch)
            {
                await SaveAloneAsync(pending).ConfigureAwait(false);
            }

            return;
        }

        foreach (var pending in batch)
        {
            pending.Done.TrySetResult();
        }
    }

    private static async Task SaveAloneAsync(Pending pending)
    {
        try
        {
            await pending.Db.SaveChangesAsync().ConfigureAwait(false);
            pending.Done.TrySetResult();
        }
        catch (Exception e)
        {
            pending.Done.TrySetException(e);
        }
    }

    /// <summary>Tracks one caller's added, changed and removed entities on the batch's context, in the same states
    /// (only the changed columns of a changed row are written).</summary>
    private static void Stage(DrillsDb source, DrillsDb target)
    {
        source.ChangeTracker.DetectChanges();
        foreach (var entry in source.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    target.Entry(entry.Entity).State = EntityState.Added;
                    break;
                case EntityState.Deleted:
                    target.Entry(entry.Entity).State = EntityState.Deleted;
                    break;
                case EntityState.Modified:
                    StageModified(entry, target.Entry(entry.Entity));
                    break;
            }
        }
    }

    private static void StageModified(EntityEntry from, EntityEntry to)
    {
        to.State = EntityState.Unchanged;
        foreach (var property in from.Properties)
        {
            if (property.IsModified)
            {
                to.Property(property.Metadata.Name).OriginalValue = property.OriginalValue;
                to.Property(property.Metadata.Name).IsModified = true;
            }
        }
    }

    private sealed record Pending(DrillsDb Db, CancellationToken Ct)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
