using System.Diagnostics;
using Drills.Bot.Tests.Drills;
using Drills.FakeDiscord;

namespace Drills.Bot.Tests.Hosting;

/// <summary>
/// The real bot process refuses to start with one clear line on stderr and a non-zero exit: no token, a
/// token Discord rejects, a broken drill pack, an unwritable database path, a PostgreSQL server that is not
/// there, an unknown setting value.
/// </summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task NoToken_ExitsWithOneLine()
    {
        var (code, stderr) = await RunBotAsync(new() { ["Discord__Token"] = "" });

        Assert.Equal(1, code);
        Assert.Equal("drills: Discord:Token is required (the bot token from the Discord developer portal).", stderr);
    }

    [Fact]
    public async Task RejectedToken_ExitsWithOneLine()
    {
        await using var discord = await FakeDiscordServer.StartAsync();

        var (code, stderr) = await RunBotAsync(new() { ["Discord__Token"] = "wrong-token", ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString() });

        Assert.Equal(1, code);
        Assert.Contains("token", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong-token", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedWhileRunning_StopsWithOneLine()
    {
        await using var discord = await FakeDiscordServer.StartAsync();

        // The client only reports the fatal close (GatewayClient.Fatal); stopping and the exit code are the bot's.
        var (code, stderr) = await RunBotAsync(
            new() { ["Discord__Token"] = discord.Token, ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString() },
            whileRunning: async () =>
            {
                await FakeDiscordServer.WaitUntilAsync(() => discord.IsReady, TimeSpan.FromSeconds(45), "the bot's READY");
                await discord.Faults.CloseGatewayAsync(4014);
            });

        Assert.Equal(1, code);
        Assert.StartsWith("drills: Discord gateway fatal error 4014: the gateway closed with 4014 (", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n'));
        Assert.Single(discord.Connections);
    }

    [Fact]
    public async Task BrokenDrillPack_ListsEveryProblem()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(replace: t => t.Replace("kind: output", "kind: riddle", StringComparison.Ordinal)));

        var (code, stderr) = await RunBotAsync(new() { ["Drills__Path"] = folder.Root });

        Assert.Equal(1, code);
        Assert.StartsWith("drills: the drill packs in", stderr, StringComparison.Ordinal);
        Assert.Contains("01-a.md:6: kind: unknown answer kind 'riddle'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnwritableDatabasePath_ExitsWithOneLine()
    {
        var (code, stderr) = await RunBotAsync(new() { ["Storage__ConnectionString"] = "Data Source=/proc/drills/drills.db" });

        Assert.Equal(1, code);
        Assert.StartsWith("drills: cannot open the database '/proc/drills/drills.db'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachablePostgres_ExitsWithOneLine()
    {
        // Port 9 on the loopback: nothing listens, the connection is refused at once.
        var (code, stderr) = await RunBotAsync(new()
        {
            ["Storage__Provider"] = "postgres",
            ["Storage__ConnectionString"] = "Host=127.0.0.1;Port=9;Database=drills;Username=drills;Password=not-printed",
        });

        Assert.Equal(1, code);
        Assert.StartsWith("drills: cannot open the database '127.0.0.1:9/drills': ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not-printed", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n'));
    }

    [Theory]
    [InlineData("Storage__Provider", "mysql", "drills: Storage:Provider: 'mysql' is not a storage provider; use sqlite (the default) or postgres")]
    [InlineData("Groups__DefaultTimeZone", "Mars/Olympus", "drills: Groups:DefaultTimeZone: 'Mars/Olympus' is not an IANA time zone")]
    [InlineData("Redo__Intervals", "3 days", "drills: Redo:Intervals: '3 days' is not a positive interval")]
    [InlineData("Groups__DefaultPostTime", "noon", "drills: Groups:DefaultPostTime: 'noon' is not a time")]
    public async Task UnknownSettingValue_SaysWhatIsAccepted(string key, string value, string expected)
    {
        var (code, stderr) = await RunBotAsync(new() { [key] = value });

        Assert.Equal(1, code);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stderr)> RunBotAsync(Dictionary<string, string> settings, Func<Task>? whileRunning = null)
    {
        var data = Directory.CreateTempSubdirectory("drills-start-").FullName;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = data };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Drills.Bot.dll"));
        info.Environment["Discord__Token"] = "some-token";
        info.Environment["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10";
        info.Environment["Drills__Path"] = RepositoryPaths.Drills();
        info.Environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(data, "drills.db")}";
        info.Environment.Remove("DISCORD_TOKEN");
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (whileRunning is not null)
        {
            await whileRunning();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the bot did not exit: " + await stderr);
        }

        return (process.ExitCode, (await stderr).Trim());
    }
}
