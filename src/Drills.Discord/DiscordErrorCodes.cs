namespace Drills.Discord;

/// <summary>
/// Discord's JSON error codes (<see cref="DiscordApiException.Code"/>) that a bot acts on, in one place.
/// </summary>
public static class DiscordErrorCodes
{
    /// <summary>10003: the channel was deleted (or never existed).</summary>
    public const int UnknownChannel = 10003;

    /// <summary>10008: the message was deleted.</summary>
    public const int UnknownMessage = 10008;

    /// <summary>10062: the interaction's token is dead: the initial response came later than 3 s.</summary>
    public const int UnknownInteraction = 10062;

    /// <summary>30034: 200 command creates per day per guild used up.</summary>
    public const int DailyCommandCreatesReached = 30034;

    /// <summary>40003: DMs opened too fast.</summary>
    public const int OpeningDmsTooFast = 40003;

    /// <summary>40060: the interaction was answered already.</summary>
    public const int InteractionAlreadyAcknowledged = 40060;

    /// <summary>50001: the bot cannot see the channel.</summary>
    public const int MissingAccess = 50001;

    /// <summary>50006: a message with nothing in it.</summary>
    public const int EmptyMessage = 50006;

    /// <summary>50007: the user does not accept DMs from the bot (stop DMing them; do not retry).</summary>
    public const int CannotMessageUser = 50007;

    /// <summary>50013: the bot lacks a permission in the channel.</summary>
    public const int MissingPermissions = 50013;

    /// <summary>50035: the body broke a rule; <see cref="DiscordApiException.FieldErrors"/> says where.</summary>
    public const int InvalidFormBody = 50035;

    /// <summary>50278: the bot shares no server with the user any more, so it cannot DM them.</summary>
    public const int NoMutualGuild = 50278;

    /// <summary>160004: the message already has a thread.</summary>
    public const int ThreadAlreadyCreated = 160004;
}
