using System.Text.Json.Nodes;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// A command registration the fake Discord refuses with 400 50035 and a field-error tree: the exception (and so
/// every log of it) names the refused fields, not just "Invalid Form Body"; nothing is retried.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class InvalidFormBodyScenarioTests : ScenarioBase
{
    [Fact]
    public async Task RefusedRegistration_NamesTheFields()
    {
        var app = (await Bot.Gateway.Ready).ApplicationId;
        Discord.Faults.InvalidFormBody("PUT", "/applications/{application_id}/commands", (JsonObject)JsonNode.Parse("""
            {"1": {"options": {"0": {"name": {"_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]}}}}}
            """)!);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Bot.Rest.BulkOverwriteCommandsAsync(app, null, SampleCommands.All, CancellationToken.None));

        Assert.Equal((400, 50035), (error.StatusCode, error.Code));
        Assert.Equal(["[1].options[0].name: Command name is invalid (APPLICATION_COMMAND_INVALID_NAME)"], error.FieldErrors);
        Assert.Contains("Invalid Form Body: [1].options[0].name: Command name is invalid", error.Message, StringComparison.Ordinal);
        Assert.Single(Discord.Requests, r => r.Method == "PUT");
    }
}
