using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Schedule;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Admin;

/// <summary>
/// The organiser's <c>/drills</c> commands. Discord hides them from members without Manage Server by default;
/// the permission is checked again here from <c>member.permissions</c>, since server admins can override it.
/// </summary>
public sealed class DrillsAdminRoute(
    GroupService groups, SetupCommand setup, RecapCommand recap, PostingService posting, DrillContent content, SchedulerSignal signal) : IInteractionRoute
{
    private const ulong Administrator = 1UL << 3;

    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        if (i.Type == InteractionType.Autocomplete)
        {
            var typed = i.GetFocusedOption()?.Value?.ToString() ?? "";
            return InteractionResponse.Autocomplete(TimeZones.Suggest(typed).Select(z => CommandChoice.Of(z, z)).ToList());
        }

        if (i.GuildId is not { } guildId || i.Member is null)
        {
            return Replies.Ephemeral("`/drills` works in a server.");
        }

        if ((i.Member.Permissions & (DrillsCommand.ManageGuild | Administrator)) == 0)
        {
            return Replies.Ephemeral("`/drills` is for organisers: it needs the Manage Server permission.");
        }

        var sub = i.GetSubcommand();
        if (sub == "setup")
        {
            return setup.Handle(i, guildId);
        }

        var group = await groups.FindAsync(guildId, ct);
        if (group is null)
        {
            return Replies.Ephemeral("Drills isn't set up here yet: run `/drills setup channel time timezone` first.");
        }

        return sub switch
        {
            "status" => await StatusAsync(group, ct),
            "post-now" => HandlerResult.Deferred(token => PostNowAsync(group, token)),
            "pause" => await PauseAsync(guildId, true, ct),
            "resume" => await PauseAsync(guildId, false, ct),
            "packs" => await PacksAsync(group, i.GetString("packs"), ct),
            "recap" => await recap.HandleAsync(i, group, ct),
            _ => Replies.Ephemeral("Unknown `/drills` subcommand."),
        };
    }

    private async Task<HandlerResult> StatusAsync(Group group, CancellationToken ct)
    {
        var next = await posting.NextPostAsync(group, ct);
        var drills = Rotation.For(group, content.Catalog);
        var lines = new List<string>
        {
            $"**Channel:** <#{group.ChannelId}>",
            $"**Post time:** {group.PostTime:HH\\:mm} {group.TimeZone}",
            $"**Packs:** {(group.PackList.Count == 0 ? "all" : string.Join(", ", group.PackList))} ({drills.Count} drills in rotation)",
            $"**State:** {(group.Paused ? "paused" : "running")}",
            $"**Next post:** {(next is { } at ? SafeText.Relative(at) : group.Paused ? "none while paused" : "none: unknown time zone")}",
            await recap.StatusLineAsync(group, ct),
        };
        if (group.LastError is { } error)
        {
            lines.Add($"**Problem:** {error}");
        }

        if (group.ThreadError is { } threads)
        {
            lines.Add($"**Problem:** {threads}");
        }

        return Replies.Ephemeral(new Embed { Title = "Drills status", Description = string.Join('\n', lines), Color = Colours.Blue });
    }

    private async Task<MessageEdit> PostNowAsync(Group group, CancellationToken ct)
    {
        var attempt = await posting.PostNowAsync(group.Id, ct);
        signal.Wake();
        return Replies.Edit(attempt.Status switch
        {
            PostAttemptStatus.Posted => $"Posted today's drill in <#{group.ChannelId}>.",
            PostAttemptStatus.AlreadyPosted => "Today's drill is already posted; the next one comes at the usual time.",
            _ => $"Could not post: {attempt.Error}",
        });
    }

    private async Task<HandlerResult> PauseAsync(ulong guildId, bool paused, CancellationToken ct)
    {
        await groups.SetPausedAsync(guildId, paused, ct);
        return Replies.Ephemeral(paused
            ? "Paused: no new drills until `/drills resume`. The open drill still closes with its reveal."
            : "Resumed: drills post again at the group's time.");
    }

    private async Task<HandlerResult> PacksAsync(Group group, string? choice, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(choice))
        {
            var on = group.PackList;
            var lines = content.Catalog.Packs.Select(p =>
                $"{(on.Count == 0 || on.Contains(p.Id) ? "✅" : "▫️")} `{p.Id}`: {p.Title} ({p.Drills.Count} drills)");
            return Replies.Ephemeral("Packs (choose with `/drills packs packs:async,names` or `all`):\n" + string.Join('\n', lines));
        }

        var ids = choice.Trim() == "all" ? [] : choice.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).ToList();
        var (_, unknown) = await groups.SetPacksAsync(group.GuildId, ids, ct);
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", content.Catalog.Packs.Select(p => $"`{p.Id}`"));
            return Replies.Ephemeral($"Unknown pack(s): {string.Join(", ", unknown.Select(u => SafeText.Inline(u, 40)))}. Known packs: {known}. Nothing changed.");
        }

        return Replies.Ephemeral(ids.Count == 0 ? "All packs are in rotation." : $"In rotation: {string.Join(", ", ids.Select(p => $"`{p}`"))}.");
    }
}
