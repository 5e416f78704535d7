using System.Globalization;

namespace Drills.Bot.Drills.Content;

/// <summary>
/// Loads every pack under a drills folder (one sub-folder a pack, a <c>pack.md</c> and one <c>.md</c> file a
/// drill) and reports every problem at once, not just the first.
/// </summary>
public static class DrillLoader
{
    public const string PackFileName = "pack.md";

    public static DrillLoadResult Load(string root)
    {
        var problems = new List<DrillProblem>();
        if (!Directory.Exists(root))
        {
            problems.Add(new(root, 0, "folder", "the drills folder does not exist"));
            return new DrillLoadResult(new DrillCatalog([]), problems);
        }

        // A single pack folder (holding its own pack.md) loads as that one pack.
        var packDirs = File.Exists(Path.Combine(root, PackFileName)) ? [root] : Directory.GetDirectories(root);
        var loaded = new List<ParsedDrill>();
        var packs = packDirs
            .Order(StringComparer.Ordinal)
            .Select(dir => LoadPack(root, dir, problems, loaded))
            .OfType<DrillPack>()
            .OrderBy(p => p.Order)
            .ToList();
        if (packs.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(root, 0, "folder", "no drill packs found (expected sub-folders with a pack.md)"));
        }

        foreach (var duplicate in loaded.GroupBy(d => d.Drill.Id).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var other in duplicate.Skip(1))
            {
                problems.Add(new(other.Drill.SourcePath, other.IdLine, "id",
                    $"'{other.Drill.Id}' is already used by {first.Drill.SourcePath} (line {first.IdLine})"));
            }
        }

        RefuseRetiredIds(root, loaded, problems);
        RefuseUnknownVariants(loaded, problems);
        return new DrillLoadResult(new DrillCatalog(packs), problems);
    }

    /// <summary>A <c>variant-of:</c> must name a drill that is loaded (in any pack).</summary>
    private static void RefuseUnknownVariants(List<ParsedDrill> loaded, List<DrillProblem> problems)
    {
        var ids = loaded.Select(d => d.Drill.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var drill in loaded.Select(d => d.Drill).Where(d => d.VariantOf is { } of && !ids.Contains(of)))
        {
            problems.Add(new(drill.SourcePath, drill.VariantOfLine, "variant-of", $"'{drill.VariantOf}' is not the id of any drill in the packs"));
        }
    }

    /// <summary>A drill may not take an id listed in RETIRED.md (beside the packs, or above a single pack).</summary>
    private static void RefuseRetiredIds(string root, List<ParsedDrill> loaded, List<DrillProblem> problems)
    {
        var full = Path.GetFullPath(root);
        var folder = File.Exists(Path.Combine(full, PackFileName)) ? Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))! : full;
        var retired = RetiredIds.Read(Path.Combine(folder, RetiredIds.FileName));
        foreach (var parsed in loaded.Where(d => retired.ContainsKey(d.Drill.Id)))
        {
            problems.Add(new(parsed.Drill.SourcePath, parsed.IdLine, "id",
                $"'{parsed.Drill.Id}' is retired ({RetiredIds.FileName} line {retired[parsed.Drill.Id]}): give the drill a new id"));
        }
    }

    private static DrillPack? LoadPack(string root, string dir, List<DrillProblem> problems, List<ParsedDrill> loaded)
    {
        var packId = Path.GetFileName(dir);
        var packFile = Path.Combine(dir, PackFileName);
        if (!File.Exists(packFile))
        {
            problems.Add(new(Relative(root, packFile), 0, "pack", "missing pack.md (title and order of the pack)"));
            return null;
        }

        var before = problems.Count;
        var packDoc = DrillDocument.Parse(Relative(root, packFile), File.ReadAllText(packFile), problems);
        if (packDoc.IsBroken)
        {
            return null; // one structural problem, already reported
        }

        var title = PackField(packDoc, "title", Relative(root, packFile), problems);
        var orderRaw = PackField(packDoc, "order", Relative(root, packFile), problems);
        var order = 0;
        if (orderRaw is not null && !int.TryParse(orderRaw, NumberStyles.None, CultureInfo.InvariantCulture, out order))
        {
            problems.Add(new(Relative(root, packFile), packDoc.Fields["order"].Line, "order", $"'{orderRaw}' is not a whole number"));
        }

        foreach (var unknown in packDoc.Fields.Keys.Except(["title", "order"]))
        {
            problems.Add(new(Relative(root, packFile), packDoc.Fields[unknown].Line, unknown, "unknown field (known: title, order)"));
        }

        var drills = new List<ParsedDrill>();
        foreach (var path in Directory.GetFiles(dir, "*.md").Where(f => Path.GetFileName(f) != PackFileName).Order(StringComparer.Ordinal))
        {
            var drill = DrillFileParser.Parse(Relative(root, path), packId, File.ReadAllText(path), problems);
            if (drill is not null)
            {
                drills.Add(drill);
            }
        }

        foreach (var duplicate in drills.GroupBy(d => d.Drill.Number).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var other in duplicate.Skip(1))
            {
                problems.Add(new(other.Drill.SourcePath, other.NumberLine, "number",
                    $"number {other.Drill.Number} is already used in pack '{packId}' by {first.Drill.SourcePath} (line {first.NumberLine})"));
            }
        }

        if (problems.Count != before || title is null)
        {
            return null;
        }

        loaded.AddRange(drills);
        return new DrillPack(packId, title, order, packDoc.Preamble, drills.Select(d => d.Drill).OrderBy(d => d.Number).ToList());
    }

    private static string? PackField(DrillDocument doc, string key, string file, List<DrillProblem> problems)
    {
        if (doc.Fields.TryGetValue(key, out var field) && field.Value.Length > 0)
        {
            return field.Value;
        }

        problems.Add(field is null
            ? new(file, doc.FrontMatterEnd, key, $"missing: add '{key}: ...' before the closing '---'")
            : new(file, field.Line, key, "empty"));
        return null;
    }

    private static string Relative(string root, string path)
    {
        var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var shownRoot = File.Exists(Path.Combine(full, PackFileName)) ? Path.GetDirectoryName(full)! : full;
        return Path.Combine(Path.GetFileName(shownRoot), Path.GetRelativePath(shownRoot, path));
    }
}
