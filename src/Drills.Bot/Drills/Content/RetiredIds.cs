using System.Text.RegularExpressions;

namespace Drills.Bot.Drills.Content;

/// <summary>
/// Ids of drills that were removed or replaced, listed in <c>drills/RETIRED.md</c> (one table row each, the id
/// first, in backticks). Members' predictions and redos keep pointing at those ids, so a new drill must never
/// take one: it would inherit a history that belongs to a different question.
/// </summary>
public static partial class RetiredIds
{
    public const string FileName = "RETIRED.md";

    /// <summary>The retired ids and the line each is listed on; empty when the file does not exist.</summary>
    public static IReadOnlyDictionary<string, int> Read(string path)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return ids;
        }

        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var row = Row().Match(lines[i]);
            if (row.Success)
            {
                ids.TryAdd(row.Groups[1].Value, i + 1);
            }
        }

        return ids;
    }

    [GeneratedRegex(@"^\|\s*`([a-z0-9]+(?:-[a-z0-9]+)*)`\s*\|")]
    private static partial Regex Row();
}
