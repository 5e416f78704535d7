using Drills.Bot.Drills.Content;
using Drills.Bot.Settings;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Drills;

/// <summary>The drill catalog, loaded once at start; a broken pack stops the bot with every problem listed.</summary>
public sealed class DrillContent
{
    private readonly Lazy<DrillCatalog> catalog;

    public DrillContent(IOptions<DrillsOptions> options)
    {
        catalog = new Lazy<DrillCatalog>(() => Load(options.Value.Path));
    }

    public DrillCatalog Catalog => catalog.Value;

    private static DrillCatalog Load(string path)
    {
        var result = DrillLoader.Load(path);
        if (!result.IsValid)
        {
            var lines = string.Join(Environment.NewLine, result.Problems.Select(p => "  " + p));
            throw new StartupException($"the drill packs in '{path}' have {result.Problems.Count} problem(s):{Environment.NewLine}{lines}");
        }

        return result.Catalog;
    }
}
