using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// The client registers commands as asked and keeps no record: every bulk overwrite is a <c>PUT</c> of the list
/// as given, answered with Discord's list (skipping an unchanged list is the bot's policy: its CommandSync).
/// </summary>
public sealed class CommandRegistrationTests : RestTestBase
{
    private static readonly ApplicationCommand[] Commands =
    [
        new()
        {
            Name = "drill",
            Description = "Drills",
            Contexts = [0, 1],
            IntegrationTypes = [0],
            Options =
            [
                new() { Type = ApplicationCommandOptionType.SubCommand, Name = "post", Description = "Post one", Options = [new() { Type = ApplicationCommandOptionType.String, Name = "id", Description = "Which", Required = true, Autocomplete = true }] },
                new() { Type = ApplicationCommandOptionType.SubCommand, Name = "list", Description = "List them" },
            ],
            DefaultMemberPermissions = "32",
        },
    ];

    private static readonly string AsDiscordReturnsIt = """
        [{"id":"5","application_id":"1","version":"9","type":1,"name":"drill","description":"Drills","default_member_permissions":"32","nsfw":false,
          "contexts":[0,1],"integration_types":[0],"name_localizations":null,
          "options":[{"type":1,"name":"post","description":"Post one","options":[{"type":3,"name":"id","description":"Which","required":true,"autocomplete":true}]},
                     {"type":1,"name":"list","description":"List them","required":false}]}]
        """;

    [Fact]
    public async Task EveryOverwrite_IsAPut_AnsweredWithDiscordsList()
    {
        Http.Respond = r => StubHttpHandler.Json(HttpStatusCode.OK, AsDiscordReturnsIt);
        var client = Client();

        var first = await client.BulkOverwriteCommandsAsync(1, 7, Commands, CancellationToken.None);
        var second = await client.BulkOverwriteCommandsAsync(1, null, Commands, CancellationToken.None);

        var requests = Http.Requests.ToArray();
        Assert.Equal(["PUT /api/v10/applications/1/guilds/7/commands", "PUT /api/v10/applications/1/commands"], requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.StartsWith("""[{"name":"drill","description":"Drills","type":1,"options":[{"type":1,"name":"post""", requests[0].Body, StringComparison.Ordinal);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal(("drill", "32"), (first[0].Name, first[0].DefaultMemberPermissions));
        Assert.Equal(2, Assert.Single(second).Options!.Count);
    }

    [Fact]
    public async Task GetCommands_ReadsDiscordsList()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.OK, AsDiscordReturnsIt);

        var existing = await Client().GetCommandsAsync(1, null, CancellationToken.None);

        Assert.Equal("GET /api/v10/applications/1/commands", Assert.Single(Http.Requests) is var r ? $"{r.Method} {r.Path}" : "");
        Assert.Equal(["post", "list"], existing.Single().Options!.Select(o => o.Name));
    }
}
