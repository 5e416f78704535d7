using System.Text.Json.Nodes;

namespace Drills.FakeDiscord.Rest;

/// <summary>What a handler answers: status, optional JSON body, and the Discord error code if any.</summary>
internal sealed record RestResult(int Status, JsonNode? Body = null, int? ErrorCode = null)
{
    public static RestResult NoContent { get; } = new(204);

    public static RestResult Ok(JsonNode body) => new(200, body);

    /// <summary>201 Created: what Discord answers when a thread is started.</summary>
    public static RestResult Created(JsonNode body) => new(201, body);

    /// <summary>Discord's error body <c>{code, message, errors?}</c> (docs/discord.md "Errors").</summary>
    public static RestResult Error(int status, int code, string message, JsonNode? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return new RestResult(status, body, code);
    }

    public static RestResult NotFound(int code, string what) => Error(404, code, "Unknown " + what);
}
