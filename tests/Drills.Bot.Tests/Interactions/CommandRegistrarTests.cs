using System.Globalization;
using System.Text.Json.Nodes;
using Drills.Bot.Hosting;
using Drills.Bot.Tests.EndToEnd;
using Drills.FakeDiscord;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Bot.Tests.Interactions;

/// <summary>
/// The bot's command registration against the fake Discord when Discord refuses the global list with 400 50035:
/// the log names the refused field (not just "Invalid Form Body"), and the dev guild still gets its commands.
/// </summary>
public sealed class CommandRegistrarTests : IAsyncDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("drills-registrar-").FullName;
    private readonly CapturedLogs logs = new();
    private FakeDiscordServer? discord;
    private IHost? host;

    [Fact]
    public async Task GlobalRefused_TheLogNamesTheField_AndTheDevGuildIsStillRegistered()
    {
        discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatInterval = TimeSpan.FromSeconds(5) });
        var devGuild = discord.CreateGuild("Dev");
        discord.Faults.InvalidFormBody("PUT", "/applications/{application_id}/commands", (JsonObject)JsonNode.Parse("""
            {"0": {"name": {"_errors": [{"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]}}}
            """)!);

        var builder = BotHost.CreateBuilder([]);
        builder.Services.UseBotClock(new FakeTimeProvider(new DateTimeOffset(2026, 3, 26, 8, 0, 0, TimeSpan.Zero)));
        builder.Configuration["Discord:Token"] = discord.Token;
        builder.Configuration["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
        builder.Configuration["Discord:DevGuildId"] = devGuild.Id.ToString(CultureInfo.InvariantCulture);
        builder.Configuration["Drills:Path"] = TestPack.Write();
        builder.Configuration["Storage:ConnectionString"] = $"Data Source={Path.Combine(dataDir, "drills.db")}";
        builder.Logging.ClearProviders().AddProvider(logs);
        host = builder.Build();
        await host.StartAsync();

        await FakeDiscordServer.WaitUntilAsync(() => discord.RegisteredCommands(devGuild.Id).Count > 0, TimeSpan.FromSeconds(15), "the dev guild's commands");
        await FakeDiscordServer.WaitUntilAsync(() => logs.Lines.Any(l => l.Contains("Registering commands (global) failed", StringComparison.Ordinal)), TimeSpan.FromSeconds(5), "the failure logged");

        var failure = logs.Lines.Single(l => l.Contains("Registering commands (global) failed", StringComparison.Ordinal));
        Assert.Contains("[0].name: Command name is invalid (APPLICATION_COMMAND_INVALID_NAME)", failure, StringComparison.Ordinal);
        Assert.Empty(discord.RegisteredCommands());
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }

        if (discord is not null)
        {
            await discord.DisposeAsync();
        }

        Directory.Delete(dataDir, recursive: true);
    }
}
