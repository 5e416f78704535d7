using System.Net;

namespace Drills.Discord;

/// <summary>
/// A Discord HTTP error. <see cref="Code"/> is Discord's JSON error code (docs/discord.md "Errors": 50007 cannot
/// DM this user, 10062 unknown interaction, 40060 already acknowledged, 50013 missing permissions, ...).
/// <see cref="Route"/> is the route template (e.g. <c>POST /channels/{channel_id}/messages</c>), never the
/// concrete path, so interaction tokens and the bot token never reach a message or a log.
/// </summary>
public class DiscordApiException : Exception
{
    /// <summary>How many field errors the message lists (all of them are in <see cref="FieldErrors"/>).</summary>
    private const int ListedFieldErrors = 10;

    public DiscordApiException(int statusCode, int? code, string route, string? discordMessage, string? errors = null)
        : this(statusCode, code, route, discordMessage, errors, FieldErrorTree.Flatten(errors))
    {
    }

    private DiscordApiException(int statusCode, int? code, string route, string? discordMessage, string? errors, IReadOnlyList<string> fieldErrors)
        : base(Describe(statusCode, code, route, discordMessage, fieldErrors))
    {
        StatusCode = statusCode;
        Code = code;
        Route = route;
        DiscordMessage = discordMessage;
        Errors = errors;
        FieldErrors = fieldErrors;
    }

    public DiscordApiException()
        : this(0, null, "", null)
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
        Route = "";
        FieldErrors = [];
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Route = "";
        FieldErrors = [];
    }

    /// <summary>HTTP status (e.g. 403, 404, 500).</summary>
    public int StatusCode { get; }

    /// <summary>Discord's JSON error code, when the body had one.</summary>
    public int? Code { get; }

    /// <summary>The route template the request used.</summary>
    public string Route { get; }

    /// <summary>Discord's human-readable <c>message</c>.</summary>
    public string? DiscordMessage { get; }

    /// <summary>The raw <c>errors</c> object of an invalid form body (50035), when present.</summary>
    public string? Errors { get; }

    /// <summary><see cref="Errors"/> as one line per error (<c>options[0].name: message (CODE)</c>); the message
    /// lists the first ten, so a log of the exception says which field Discord refused.</summary>
    public IReadOnlyList<string> FieldErrors { get; }

    private static string Describe(int statusCode, int? code, string route, string? message, IReadOnlyList<string> fieldErrors)
    {
        var text = $"Discord API error {statusCode}{(code is { } c ? $" (code {c})" : "")} on {route}: {message ?? ((HttpStatusCode)statusCode).ToString()}";
        if (fieldErrors.Count == 0)
        {
            return text;
        }

        var more = fieldErrors.Count > ListedFieldErrors ? $"; and {fieldErrors.Count - ListedFieldErrors} more" : "";
        return $"{text}: {string.Join("; ", fieldErrors.Take(ListedFieldErrors))}{more}";
    }
}
