using System.Text.Json;

namespace Drills.Discord;

/// <summary>What a gateway connection does with a dispatch (op 0): sequence dedupe, READY and RESUMED, hand-off.</summary>
internal sealed partial class GatewayConnection
{
    private void HandleDispatch(string? type, JsonElement d, long? sequence)
    {
        // Replayed events after a Resume may repeat what we already handled: process each sequence once.
        if (sequence is { } seq && !session.TryAdvance(seq))
        {
            LogDuplicate(type, seq);
            return;
        }

        if (type is null)
        {
            LogMalformed(0);
            return;
        }

        if (type == "READY" && !TryHandleReady(d))
        {
            return;
        }

        if (type == "RESUMED")
        {
            established = true;
            LogResumed(session.Sequence);
        }

        pump.Enqueue(new GatewayDispatch(type, d, sequence)); // d is the frame reader's copy: it outlives the frame
    }

    private bool TryHandleReady(JsonElement d)
    {
        ReadyPayload? ready;
        try
        {
            ready = d.Deserialize<ReadyPayload>(DiscordJson.Options);
        }
        catch (JsonException)
        {
            ready = null;
        }

        if (ready is null || string.IsNullOrEmpty(ready.SessionId))
        {
            LogMalformed(0);
            return false;
        }

        session.SessionId = ready.SessionId;
        session.ResumeUrl = ready.ResumeGatewayUrl;
        established = true;
        LogReady(ready.User?.Id ?? 0, ready.Application?.Id ?? 0);
        onReady(new ReadyInfo(ready.Application?.Id ?? 0, ready.User?.Id ?? 0, ready.SessionId));
        return true;
    }
}
