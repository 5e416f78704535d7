using System.Text.RegularExpressions;
using Drills.Bot.Hosting;

namespace Drills.Bot.Tests.Architecture;

/// <summary>
/// The feature folders of the bot depend one way: each uses only folders on a lower layer (<see cref="Layers"/>), so
/// the graph has no cycle. Cases: the bot's real graph; the graph reader sees a use hidden in a method body (a planted
/// pair of folders in this assembly); the rule catches a use upward, a use sideways, a folder with no layer, and
/// passes a graph that goes only down; docs/architecture.md draws the layers and the edges as they are.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "Drills.Bot";

    private static readonly Dictionary<string, int> TwoLayers = new(StringComparer.Ordinal) { ["Low"] = 0, ["High"] = 1, ["Side"] = 1 };

    [Fact]
    public void FeatureFolders_UseOnlyLowerLayers()
    {
        var graph = FolderGraph.Of(typeof(BotSetup).Assembly, Root, Layers.Generated);

        Assert.Empty(LayerRule.Violations(graph, Layers.Bot));
        Assert.Contains(graph, d => d is { From: "Answers", To: "Posting" });
        Assert.Equal(Layers.Bot.Keys.Order(StringComparer.Ordinal), graph.SelectMany(d => new[] { d.From, d.To }).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Docs_DrawTheLayersAndEdgesAsTheyAre()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryPaths.Root(), "docs", "architecture.md"));
        var graph = FolderGraph.Of(typeof(BotSetup).Assembly, Root, Layers.Generated);

        foreach (var (folder, layer) in Layers.Bot)
        {
            Assert.Contains(doc, line => Regex.IsMatch(line, $@"^\s*{layer}\s.*\b{folder}\b"));
        }

        var drawn = doc.Select(line => Regex.Match(line, @"^\| ([A-Z][\w, ]*) \| ([^|]+) \|$")).Where(m => m.Success && m.Groups[1].Value != "folder")
            .SelectMany(m => m.Groups[1].Value.Split(", ").SelectMany(from => Regex.Matches(m.Groups[2].Value, @"\b[A-Z]\w+\b")
                .Select(to => $"{from} -> {to.Value}").Where(_ => Layers.Bot.ContainsKey(from))))
            .Where(edge => Layers.Bot.ContainsKey(edge.Split(" -> ")[1]));
        Assert.Equal(graph.Select(d => $"{d.From} -> {d.To}").Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Graph_SeesAUseInAMethodBody()
    {
        var graph = FolderGraph.Of(typeof(ArchitectureTests).Assembly, "Drills.Bot.Tests.Architecture.Planted", []);

        Assert.Equal(
        [
            new Dependency("High", "Low", ["Drills.Bot.Tests.Architecture.Planted.High.Proper"]),
            new Dependency("Low", "High", ["Drills.Bot.Tests.Architecture.Planted.Low.Sneaky"]),
        ],
            graph.OrderBy(d => d.From, StringComparer.Ordinal), new DependencyComparer());
        Assert.Equal(["Low (layer 0) uses High (layer 1): Drills.Bot.Tests.Architecture.Planted.Low.Sneaky"], LayerRule.Violations(graph, TwoLayers));
    }

    [Fact]
    public void Rule_CatchesAUseUpward() =>
        Assert.Equal(["Low (layer 0) uses High (layer 1): A"], LayerRule.Violations([new("High", "Low", ["B"]), new("Low", "High", ["A"])], TwoLayers));

    [Fact]
    public void Rule_CatchesAUseSideways() =>
        Assert.Equal(["High (layer 1) uses Side (layer 1): C"], LayerRule.Violations([new("High", "Side", ["C"])], TwoLayers));

    [Fact]
    public void Rule_CatchesAFolderWithNoLayer() =>
        Assert.Equal(["New has no layer: give it one in Layers"], LayerRule.Violations([new("New", "Low", ["D"])], TwoLayers));

    [Fact]
    public void Rule_PassesAGraphGoingDown() =>
        Assert.Empty(LayerRule.Violations([new("High", "Low", ["E"]), new("Side", "Low", ["F"])], TwoLayers));

    /// <summary>Records compare their lists by reference; dependencies are equal when their folders and types are.</summary>
    private sealed class DependencyComparer : IEqualityComparer<Dependency>
    {
        public bool Equals(Dependency? x, Dependency? y) =>
            x is not null && y is not null && x.From == y.From && x.To == y.To && x.Types.SequenceEqual(y.Types);

        public int GetHashCode(Dependency obj) => HashCode.Combine(obj.From, obj.To);
    }
}
