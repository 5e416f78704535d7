using Drills.Bot.Interactions;
using Drills.Discord;
using Drills.FakeDiscord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Interactions;

/// <summary>
/// The bot's registration policy against the fake Discord (200 creations a day per guild: docs/discord.md
/// "Application commands"): an unchanged list is skipped by the hash kept in memory, by the hash file across
/// restarts (without asking Discord), and on a first start by comparing with what Discord already has (which echoes
/// defaults and adds ids); a changed list is overwritten. Each <see cref="CommandSync"/> stands for one run of the bot.
/// </summary>
public sealed class CommandSyncTests : IAsyncDisposable
{
    private static readonly IReadOnlyList<ApplicationCommand> Commands =
    [
        new()
        {
            Name = "drill",
            Description = "Drills",
            Options =
            [
                new() { Type = ApplicationCommandOptionType.SubCommand, Name = "post", Description = "Post one", Options = [new() { Type = ApplicationCommandOptionType.String, Name = "id", Description = "Which", Required = true }] },
                new() { Type = ApplicationCommandOptionType.SubCommand, Name = "list", Description = "List them", Options = [new() { Type = ApplicationCommandOptionType.Boolean, Name = "all", Description = "All of them", Required = false }] },
            ],
            DefaultMemberPermissions = "32",
        },
    ];

    private readonly string dir = Directory.CreateTempSubdirectory("drills-commands-").FullName;
    private FakeDiscordServer? discord;
    private ServiceProvider? services;

    [Fact]
    public async Task Unchanged_IsSkipped_InMemory_AndOnARestartByAskingDiscord()
    {
        var (rest, guild) = await StartAsync();

        var run = Sync(rest, hashFile: null);
        Assert.True(await run.RegisterAsync(discord!.ApplicationId, guild, Commands, CancellationToken.None));
        Assert.False(await run.RegisterAsync(discord.ApplicationId, guild, Commands, CancellationToken.None));
        Assert.Equal((1, 1), (Count("GET"), Count("PUT")));

        Assert.False(await Sync(rest, hashFile: null).RegisterAsync(discord.ApplicationId, guild, Commands, CancellationToken.None));
        Assert.Equal((2, 1), (Count("GET"), Count("PUT")));
        Assert.Single(discord.RegisteredCommands(guild));
    }

    [Fact]
    public async Task HashFile_SkipsAcrossRestarts_WithoutAskingDiscord()
    {
        var (rest, guild) = await StartAsync();
        var file = Path.Combine(dir, "state", "command-hashes.txt");

        Assert.True(await Sync(rest, file).RegisterAsync(discord!.ApplicationId, guild, Commands, CancellationToken.None));
        var requests = discord.Requests.Count;
        Assert.False(await Sync(rest, file).RegisterAsync(discord.ApplicationId, guild, Commands, CancellationToken.None));

        Assert.Equal(requests, discord.Requests.Count);
        Assert.StartsWith($"{discord.ApplicationId}/{guild} ", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_IsOverwritten()
    {
        var (rest, guild) = await StartAsync();
        var run = Sync(rest, hashFile: null);
        await run.RegisterAsync(discord!.ApplicationId, guild, Commands, CancellationToken.None);

        Assert.True(await run.RegisterAsync(discord.ApplicationId, guild, [.. Commands, new ApplicationCommand { Name = "extra", Description = "New" }], CancellationToken.None));

        Assert.Equal(2, Count("PUT"));
        Assert.Equal(2, discord.RegisteredCommands(guild).Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (discord is not null)
        {
            await discord.DisposeAsync();
        }

        Directory.Delete(dir, recursive: true);
    }

    private static CommandSync Sync(DiscordRestClient rest, string? hashFile) =>
        new(rest, Options.Create(new BotDiscordOptions { CommandHashFile = hashFile }), NullLogger<CommandSync>.Instance);

    private int Count(string method) => discord!.Requests.Count(r => r.Method == method && r.Path.EndsWith("/commands", StringComparison.Ordinal));

    private async Task<(DiscordRestClient Client, ulong Guild)> StartAsync()
    {
        discord = await FakeDiscordServer.StartAsync();
        var guild = discord.CreateGuild("Dojo").Id;
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Token"] = discord.Token,
            ["ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
        }).Build();
        services = new ServiceCollection().AddLogging().AddDiscordClient(config).BuildServiceProvider();
        return (services.GetRequiredService<DiscordRestClient>(), guild);
    }
}
