using System.Reflection;
using System.Text.RegularExpressions;
using Drills.Bot.Charts;
using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Hosting;
using Drills.Bot.Interactions;
using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace Drills.Bot.Tests.Hosting;

/// <summary>
/// The repository's <c>compose.yaml</c> (PostgreSQL and two bot processes) cannot be run here, so it is read: every
/// setting a bot service passes is a key the bot binds (a property of that section's settings), the values pass the
/// bot's own start-up checks, and together the bot services run every shard exactly once, with one shard count,
/// over PostgreSQL, and shares of the global limit that add up to at most Discord's 50 requests/s.
/// </summary>
public sealed partial class ComposeFileTests
{
    /// <summary>The settings sections and the classes they bind to; <c>Health:File</c> is read as a plain key.</summary>
    private static readonly Dictionary<string, Type[]> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Discord"] = [typeof(DiscordOptions), typeof(BotDiscordOptions)],
        ["Storage"] = [typeof(StorageOptions)],
        ["Redo"] = [typeof(RedoOptions)],
        ["Groups"] = [typeof(GroupDefaultsOptions)],
        ["Interactions"] = [typeof(AdmissionOptions)],
        ["Drills"] = [typeof(DrillsOptions)],
        ["Charts"] = [typeof(ChartOptions)],
    };

    [Fact]
    public void EveryBotService_PassesOnlySettingsTheBotAccepts()
    {
        var bots = BotServices();
        Assert.Equal(2, bots.Count);
        foreach (var (name, settings) in bots)
        {
            foreach (var key in settings.Keys)
            {
                Assert.True(IsKnown(key), $"{name}: '{key}' is not a setting the bot reads");
            }

            // The bot's own checks (what would stop it at start with one line), on exactly these settings.
            var args = settings.Select(s => $"{s.Key}={s.Value}").Append($"Drills:Path={RepositoryPaths.Drills()}").ToArray();
            using var host = BotHost.CreateBuilder(args).Build();
            foreach (var type in Sections.Values.SelectMany(t => t))
            {
                var options = typeof(IOptions<>).MakeGenericType(type);
                var value = options.GetProperty("Value")!;
                var error = Record.Exception(() => value.GetValue(host.Services.GetRequiredService(options)));
                Assert.True(error is null, $"{name}: {(error as TargetInvocationException)?.InnerException?.Message ?? error?.Message}");
            }

            Assert.Equal("postgres", settings["Storage:Provider"]);
        }
    }

    [Fact]
    public void TheBotServices_RunEveryShardOnce_WithinTheGlobalLimit()
    {
        var bots = BotServices().Select(b => b.Settings).ToList();
        var counts = bots.Select(s => int.Parse(s["Discord:ShardCount"], System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var count = Assert.Single(counts);
        var shards = bots.SelectMany(s => ShardSet.ParseIds(s["Discord:ShardIds"], out _)!).Order().ToList();

        Assert.Equal(Enumerable.Range(0, count), shards);
        Assert.True(bots.Sum(s => int.Parse(s["Discord:GlobalRateShare"], System.Globalization.CultureInfo.InvariantCulture)) <= 50);
        Assert.Single(bots.Select(s => s["Storage:ConnectionString"]).Distinct());
    }

    /// <summary>The services built from this repository (the bot), each with its settings as configuration keys.</summary>
    private static List<(string Name, Dictionary<string, string> Settings)> BotServices()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryPaths.Root(), "compose.yaml")))
        {
            yaml.Load(reader);
        }

        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        return services.Children
            .Where(s => ((YamlMappingNode)s.Value).Children.ContainsKey("build"))
            .Select(s => (((YamlScalarNode)s.Key).Value!, Environment((YamlMappingNode)((YamlMappingNode)s.Value)["environment"])))
            .ToList();
    }

    /// <summary>Environment variables as the bot reads them: <c>A__B</c> is <c>A:B</c>, <c>DISCORD_TOKEN</c> is the token;
    /// compose's <c>${X:-default}</c> takes its default and <c>${X:?error}</c> a stand-in.</summary>
    private static Dictionary<string, string> Environment(YamlMappingNode environment) =>
        environment.Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value is "DISCORD_TOKEN" ? "Discord:Token" : ((YamlScalarNode)e.Key).Value!.Replace("__", ":", StringComparison.Ordinal),
            e => Interpolation().Replace(((YamlScalarNode)e.Value).Value!, m => m.Groups["op"].Value == "-" ? m.Groups["rest"].Value : "stand-in"));

    private static bool IsKnown(string key)
    {
        var parts = key.Split(':');
        if (key.Equals("Health:File", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return parts.Length == 2 && Sections.TryGetValue(parts[0], out var types)
            && types.Any(t => t.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true });
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Z_]+):(?<op>[-?])(?<rest>[^}]*)\}")]
    private static partial Regex Interpolation();
}
