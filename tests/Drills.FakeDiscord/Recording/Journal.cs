namespace Drills.FakeDiscord.Recording;

/// <summary>
/// An append-only, thread-safe list whose readers get snapshots and can await an item matching a
/// predicate (already present or added later). Backs Messages, Requests, Violations and frames.
/// </summary>
internal sealed class Journal<T>
{
    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private readonly List<(Func<T, bool> Predicate, TaskCompletionSource<T> Tcs)> _waiters = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public void Add(T item)
    {
        List<TaskCompletionSource<T>>? hit = null;
        lock (_gate)
        {
            _items.Add(item);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (!_waiters[i].Predicate(item))
                {
                    continue;
                }

                (hit ??= []).Add(_waiters[i].Tcs);
                _waiters.RemoveAt(i);
            }
        }

        // Completed outside the lock: continuations must not run while we hold it.
        hit?.ForEach(t => t.TrySetResult(item));
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return _items.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _items.Clear();
        }
    }

    /// <summary>The first item (existing or future) matching <paramref name="predicate"/>.</summary>
    public async Task<T> WaitAsync(Func<T, bool> predicate, TimeSpan timeout, TimeProvider time, string what)
    {
        var tcs = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var entry = (predicate, tcs);
        lock (_gate)
        {
            foreach (var item in _items)
            {
                if (predicate(item))
                {
                    return item;
                }
            }

            _waiters.Add(entry);
        }

        try
        {
            return await tcs.Task.WaitAsync(timeout, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.Remove(entry);
            }

            throw new TimeoutException($"No {what} matched within {timeout.TotalMilliseconds} ms.");
        }
    }
}
