namespace Drills.Discord;

/// <summary>
/// The ids of the interactions handed to the handlers lately, so each is handled once: the same interaction
/// can arrive twice (same id, a new sequence; seen from a Discord-compatible server), and sequence dedupe does
/// not catch that. Bounded both ways: ids older than <c>window</c> are forgotten, and at most <c>capacity</c> are
/// kept (10,000 over 10 minutes still covers Discord's 3-second answer window at 3,000 interactions a second).
/// </summary>
internal sealed class RecentInteractions(TimeProvider time, TimeSpan window, int capacity)
{
    private readonly Lock gate = new();
    private readonly HashSet<ulong> ids = [];
    private readonly Queue<(ulong Id, long At)> order = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return ids.Count;
            }
        }
    }

    /// <summary>True the first time <paramref name="id"/> is seen; false for a repeat.</summary>
    public bool TryAdd(ulong id)
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            while (order.Count > 0 && (order.Count >= capacity || time.GetElapsedTime(order.Peek().At, now) >= window))
            {
                ids.Remove(order.Dequeue().Id);
            }

            if (!ids.Add(id))
            {
                return false;
            }

            order.Enqueue((id, now));
            return true;
        }
    }
}
