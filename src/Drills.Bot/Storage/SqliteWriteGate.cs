namespace Drills.Bot.Storage;

/// <summary>
/// SQLite takes one writer at a time. A writer that finds the lock taken waits inside SQLite's busy handler,
/// which blocks a thread-pool thread in sleeps of 1, 2, 5, 10 ms and more; in a burst of predictions those
/// sleeps made the latency tail. The hot writers (predictions) queue here instead: asynchronously, in order,
/// holding no thread. Other writers keep busy_timeout, which this gate leaves correct. PostgreSQL locks rows,
/// not the database, so there the gate lets every write straight through.
/// </summary>
public sealed class SqliteWriteGate(bool serialize = true)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Whether writes queue here (SQLite) or pass straight through (PostgreSQL).</summary>
    public bool Serializes => serialize;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken ct)
    {
        if (!serialize)
        {
            return await write(ct);
        }

        await gate.WaitAsync(ct);
        try
        {
            return await write(ct);
        }
        finally
        {
            gate.Release();
        }
    }
}
