using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Interactions;

/// <summary>Creates interactions, dispatches INTERACTION_CREATE and awaits the bot's first callback.</summary>
internal sealed class InteractionHub(ServerCore core, FakeDiscordServer server)
{
    public async Task<InteractionResult> SendAsync(int type, FakeUser user, FakeChannel? channel, JsonObject data, ulong? messageId, bool needsMessage)
    {
        var where = channel ?? core.State.DmChannel(user);
        if (needsMessage && messageId is null)
        {
            // A component lives on a message: make one the bot "posted" earlier (not recorded as a bot message).
            messageId = core.State.Ids.Next();
            core.Messages.Put(messageId.Value, where.Id, Payloads.Message(messageId.Value, where.Id, where.GuildId, core.Bot, null, core.Time.GetUtcNow()));
        }

        var id = core.State.Ids.Next();
        var token = "aW50ZXJhY3Rpb246" + id + ":" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var pending = new PendingInteraction(id, token, type, user, where, messageId, core.Time.GetTimestamp());
        core.Interactions[id] = pending;
        core.InteractionsByToken[token] = pending;

        var message = messageId is { } mid ? core.Messages.Get(mid) : null;
        var payload = InteractionPayloads.Interaction(core, pending, data, message);
        pending.Payload = payload;
        if (!core.Gateway.Dispatch("INTERACTION_CREATE", payload, where.GuildId))
        {
            throw new InvalidOperationException("No gateway session to deliver the interaction to: await WaitForReadyAsync first.");
        }

        try
        {
            var outcome = await pending.FirstAttempt.Task.WaitAsync(RealTimeWait(), TimeProvider.System).ConfigureAwait(false);
            return new InteractionResult(server, id, token, outcome.Status, outcome.ErrorCode, outcome.CallbackType, outcome.Data, outcome.Latency);
        }
        catch (TimeoutException)
        {
            return new InteractionResult(server, id, token, null, null, null, null, null);
        }
    }

    /// <summary>
    /// How long to wait, in real time, for the first callback: the deadline plus the grace on the real clock. On
    /// a fake clock the deadline passes only when the test moves the clock (a late callback still gets 10062),
    /// so the wait is just a generous bound on a test that would otherwise hang.
    /// </summary>
    private TimeSpan RealTimeWait() => core.Time == TimeProvider.System
        ? core.Options.InteractionDeadline + core.Options.InteractionGrace
        : TimeSpan.FromSeconds(30);
}
