namespace Drills.Bot.Tests.Architecture;

/// <summary>The layering rule on a folder graph, as a pure function (so it can be tested on made-up graphs).</summary>
internal static class LayerRule
{
    /// <summary>Every dependency on a folder of the same or a higher layer, and every folder with no layer; empty when all is well.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<Dependency> graph, IReadOnlyDictionary<string, int> layers)
    {
        var violations = new List<string>();
        foreach (var edge in graph.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            if (!layers.TryGetValue(edge.From, out var from) || !layers.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            if (to >= from)
            {
                violations.Add($"{edge.From} (layer {from}) uses {edge.To} (layer {to}): {string.Join(", ", edge.Types)}");
            }
        }

        var unlayered = graph.SelectMany(e => new[] { e.From, e.To }).Where(f => !layers.ContainsKey(f)).Distinct().Order(StringComparer.Ordinal);
        violations.AddRange(unlayered.Select(f => $"{f} has no layer: give it one in Layers"));
        return violations;
    }
}
