using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Interactions;

/// <summary>
/// Receives every interaction (off the gateway loop), hands it to the feature that takes it (<see cref="RouteTable"/>)
/// and sends the answer. A handler that throws costs that one member a short ephemeral error, never the bot.
/// </summary>
public sealed partial class InteractionRouter(
    RouteTable table, IServiceProvider services, DiscordRestClient rest, IEnumerable<IPrivateNotice> notices, ILogger<InteractionRouter> log)
    : IInteractionHandler
{
    private readonly IReadOnlyList<IPrivateNotice> notices = notices.ToList();

    public async Task HandleAsync(Interaction interaction, CancellationToken ct)
    {
        HandlerResult result;
        try
        {
            result = table.Find(interaction) is { } route
                ? await ((IInteractionRoute)services.GetRequiredService(route)).HandleAsync(interaction, ct)
                : Replies.Ephemeral("I don't know that command or button (it may be from an older version).");
            await AddNoticesAsync(interaction, result, ct);
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

    /// <summary>Puts the features' notices for this member (e.g. their DMs are closed) above a reply only they see.</summary>
    private async Task AddNoticesAsync(Interaction interaction, HandlerResult result, CancellationToken ct)
    {
        if (result.Initial.Data is not MessageCreate { Flags: MessageFlags.Ephemeral } message || interaction.Invoker is not { } user)
        {
            return;
        }

        foreach (var notice in notices)
        {
            if (await notice.TakeAsync(user.Id, ct) is { } line)
            {
                message.Content = message.Content is null ? line : line + "\n" + message.Content;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction handler failed ({Type} {Name})")]
    private partial void LogHandlerFailed(Exception e, InteractionType type, string? name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer an interaction (Discord code {Code})")]
    private partial void LogRespondFailed(Exception e, int? code);
}
