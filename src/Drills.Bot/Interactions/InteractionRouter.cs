using Drills.Bot.Members;
using Drills.Discord;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Interactions;

/// <summary>
/// Receives every interaction (off the gateway loop), hands it to the feature that takes it and sends the
/// answer. A handler that throws costs that one member a short ephemeral error, never the bot.
/// </summary>
public sealed partial class InteractionRouter(
    IEnumerable<IInteractionRoute> routes, DiscordRestClient rest, MemberService members, ILogger<InteractionRouter> log) : IInteractionHandler
{
    private readonly IReadOnlyList<IInteractionRoute> routes = routes.ToList();

    public async Task HandleAsync(Interaction interaction, CancellationToken ct)
    {
        HandlerResult result;
        try
        {
            var route = routes.FirstOrDefault(r => r.Handles(interaction));
            result = route is null ? Replies.Ephemeral("I don't know that command or button (it may be from an older version).") : await route.HandleAsync(interaction, ct);
            await AddDmsClosedNoticeAsync(interaction, result, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogHandlerFailed(e, interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId);
            result = interaction.Type == InteractionType.Autocomplete
                ? InteractionResponse.Autocomplete([])
                : Replies.Ephemeral(Replies.Failure);
        }

        try
        {
            await rest.RespondAsync(interaction, result.Initial, ct);
        }
        catch (DiscordApiException e)
        {
            LogRespondFailed(e, e.Code);
            return;
        }

        if (result.FollowUp is not null)
        {
            await FollowUpAsync(interaction, result.FollowUp, ct);
        }
    }

    private async Task FollowUpAsync(Interaction interaction, Func<CancellationToken, Task<MessageEdit>> work, CancellationToken ct)
    {
        MessageEdit edit;
        try
        {
            edit = await work(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogHandlerFailed(e, interaction.Type, interaction.Data?.Name);
            edit = Replies.Edit(Replies.Failure);
        }

        try
        {
            await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, edit, ct);
        }
        catch (DiscordApiException e)
        {
            LogRespondFailed(e, e.Code);
        }
    }

    /// <summary>Tells a member once, in a reply only they see, that their DMs are closed and <c>/redo</c> still works.</summary>
    private async Task AddDmsClosedNoticeAsync(Interaction interaction, HandlerResult result, CancellationToken ct)
    {
        if (result.Initial.Data is MessageCreate { Flags: MessageFlags.Ephemeral } message && interaction.Invoker is { } user
            && await members.TakeDmsClosedNoticeAsync(user.Id, ct))
        {
            var notice = "-# I couldn't DM you your redo reminders (your DMs are closed to me), so I've stopped trying. `/redo` still serves them here, and `/reminders state:on` turns DMs back on once you open them.";
            message.Content = message.Content is null ? notice : notice + "\n" + message.Content;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction handler failed ({Type} {Name})")]
    private partial void LogHandlerFailed(Exception e, InteractionType type, string? name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer an interaction (Discord code {Code})")]
    private partial void LogRespondFailed(Exception e, int? code);
}
