using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Interactions;

/// <summary>
/// Receives every interaction (off the gateway loop), hands it to the feature that takes it (<see cref="RouteTable"/>)
/// and sends the answer. A handler that throws costs that one member a short ephemeral error, never the bot.
/// Every age counts from the gateway's receipt (<see cref="Interaction.GetAge"/>): one refused by admission is
/// answered "busy" at once, and work still running at <see cref="AdmissionOptions.DeferAfter"/> is deferred and
/// completed by an edit, so no interaction is left to expire (10062).
/// </summary>
public sealed partial class InteractionRouter(
    RouteTable table,
    InteractionAdmission admission,
    IOptions<AdmissionOptions> options,
    TimeProvider time,
    IServiceProvider services,
    DiscordRestClient rest,
    IEnumerable<IPrivateNotice> notices,
    ILogger<InteractionRouter> log)
    : IInteractionHandler
{
    private readonly IReadOnlyList<IPrivateNotice> notices = notices.ToList();

    public async Task HandleAsync(Interaction interaction, CancellationToken ct)
    {
        // The age counts from the gateway's receipt, not from here: the hop to this handler can itself be slow.
        var age = interaction.GetAge();
        var received = time.GetTimestamp() - (long)(age.TotalSeconds * time.TimestampFrequency);
        using var turn = await admission.EnterAsync(received, ct);
        if (turn is null)
        {
            LogBusy(interaction.Type, admission.Waiting);
            await RespondAsync(interaction, Busy(interaction), ct);
            return;
        }

        var handling = RouteAsync(interaction, ct);
        if (!handling.IsCompleted && await DeferredAsync(interaction, handling, options.Value.DeferAfter - time.GetElapsedTime(received), ct))
        {
            return;
        }

        var result = await handling;
        if (await RespondAsync(interaction, result.Initial, ct) && result.FollowUp is not null)
        {
            await FollowUpAsync(interaction, result.FollowUp, ct);
        }
    }

    /// <summary>The route's answer; a handler that throws gets the short failure line.</summary>
    private async Task<HandlerResult> RouteAsync(Interaction interaction, CancellationToken ct)
    {
        try
        {
            var result = table.Find(interaction) is { } route
                ? await ((IInteractionRoute)services.GetRequiredService(route)).HandleAsync(interaction, ct)
                : Replies.Ephemeral("I don't know that command or button (it may be from an older version).");
            await AddNoticesAsync(interaction, result, ct);
            return result;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogHandlerFailed(e, interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId);
            return interaction.Type == InteractionType.Autocomplete
                ? InteractionResponse.Autocomplete([])
                : Replies.Ephemeral(Replies.Failure);
        }
    }

    /// <summary>
    /// When the work is still running after <paramref name="wait"/> more, answers in time without it: a deferred ephemeral
    /// reply that the finished work then edits (autocomplete cannot be deferred: it gets no choices). False when the
    /// work finished first and its answer is still to be sent.
    /// </summary>
    private async Task<bool> DeferredAsync(Interaction interaction, Task<HandlerResult> handling, TimeSpan wait, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timer = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stop.Token);
        if (await Task.WhenAny(handling, timer) == handling || handling.IsCompleted)
        {
            await stop.CancelAsync();
            return false;
        }

        LogDeferred(interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId);
        if (interaction.Type == InteractionType.Autocomplete)
        {
            await RespondAsync(interaction, Busy(interaction), ct);
            await handling;
            return true;
        }

        if (await RespondAsync(interaction, InteractionResponse.Defer(ephemeral: true), ct))
        {
            await FollowUpAsync(interaction, async token => await AsEditAsync(await handling, token), ct);
        }
        else
        {
            await handling;
        }

        return true;
    }

    /// <summary>A finished answer as the edit of a deferred reply: its own follow-up, its message, or "busy" for one a deferred reply cannot show (a form).</summary>
    private static async Task<MessageEdit> AsEditAsync(HandlerResult result, CancellationToken ct) =>
        result.FollowUp is { } followUp ? await followUp(ct)
        : result.Initial.Data is MessageCreate m ? new MessageEdit { Content = m.Content, Embeds = m.Embeds, Components = m.Components, AllowedMentions = m.AllowedMentions, Files = m.Files }
        : Replies.Edit(Replies.Busy);

    /// <summary>Autocomplete can only take choices, so a busy one gets none; everything else gets the short ephemeral line.</summary>
    private static InteractionResponse Busy(Interaction interaction) =>
        interaction.Type == InteractionType.Autocomplete ? InteractionResponse.Autocomplete([]) : Replies.Ephemeral(Replies.Busy);

    private async Task<bool> RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken ct)
    {
        try
        {
            await rest.RespondAsync(interaction, response, ct);
            return true;
        }
        catch (DiscordApiException e)
        {
            LogRespondFailed(e, e.Code);
            return false;
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deferred an interaction ({Type} {Name}): its work ran past the defer time")]
    private partial void LogDeferred(InteractionType type, string? name);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answered an interaction ({Type}) busy; {Waiting} waiting")]
    private partial void LogBusy(InteractionType type, int waiting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer an interaction (Discord code {Code})")]
    private partial void LogRespondFailed(Exception e, int? code);
}
