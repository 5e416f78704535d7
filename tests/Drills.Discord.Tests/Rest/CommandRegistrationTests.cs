using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// Bulk overwrite is skipped when nothing changed (200 creations a day per guild: docs/discord.md
/// "Application commands"): by the hash kept in memory, by the hash file across restarts, and on a first
/// start by comparing with what Discord already has (which echoes defaults such as <c>required:false</c> and
/// adds ids). A change overwrites.
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
    public async Task Unchanged_IsSkipped_AfterTheFirstRegistration()
    {
        Http.Respond = r => StubHttpHandler.Json(HttpStatusCode.OK, r.Method == "GET" ? "[]" : AsDiscordReturnsIt);
        var client = Client();

        Assert.True(await client.BulkOverwriteCommandsAsync(1, 7, Commands, CancellationToken.None));
        Assert.False(await client.BulkOverwriteCommandsAsync(1, 7, Commands, CancellationToken.None));

        Assert.Equal(["GET /api/v10/applications/1/guilds/7/commands", "PUT /api/v10/applications/1/guilds/7/commands"], Http.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.StartsWith("""[{"name":"drill","description":"Drills","type":1,"options":[{"type":1,"name":"post""", Http.Requests.Last().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStart_ComparesWithDiscord_AndSkipsWhenEqual()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.OK, AsDiscordReturnsIt);

        Assert.False(await Client().BulkOverwriteCommandsAsync(1, null, Commands, CancellationToken.None));

        Assert.Equal("GET /api/v10/applications/1/commands", Assert.Single(Http.Requests) is var r ? $"{r.Method} {r.Path}" : "");
    }

    [Fact]
    public async Task Changed_IsOverwritten()
    {
        Http.Respond = r => StubHttpHandler.Json(HttpStatusCode.OK, AsDiscordReturnsIt);
        var client = Client();
        var changed = new[] { new ApplicationCommand { Name = "drill", Description = "Drills, renamed" } };

        Assert.True(await client.BulkOverwriteCommandsAsync(1, null, changed, CancellationToken.None));

        Assert.Equal(["GET", "PUT"], Http.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task HashFile_SkipsAcrossRestarts_WithoutAskingDiscord()
    {
        var file = Path.Combine(Path.GetTempPath(), $"drills-commands-{Guid.NewGuid():N}", "hashes.txt");
        try
        {
            Http.Respond = r => StubHttpHandler.Json(HttpStatusCode.OK, r.Method == "GET" ? "[]" : AsDiscordReturnsIt);
            Assert.True(await Client(o => o.CommandHashFile = file).BulkOverwriteCommandsAsync(1, 7, Commands, CancellationToken.None));
            var before = Http.Requests.Count;

            Assert.False(await Client(o => o.CommandHashFile = file).BulkOverwriteCommandsAsync(1, 7, Commands, CancellationToken.None));

            Assert.Equal(before, Http.Requests.Count);
            Assert.StartsWith("1/7 ", File.ReadAllText(file), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
