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
        var packs = packDirs
            .Order(StringComparer.Ordinal)
            .Select(dir => LoadPack(root, dir, problems))
            .OfType<DrillPack>()
            .OrderBy(p => p.Order)
            .ToList();
        if (packs.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(root, 0, "folder", "no drill packs found (expected sub-folders with a pack.md)"));
        }

        foreach (var duplicate in packs.SelectMany(p => p.Drills).GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var other in duplicate.Skip(1))
            {
                problems.Add(new(other.SourcePath, 2, "id", $"'{other.Id}' is already used by {first.SourcePath}"));
            }
        }

        RefuseRetiredIds(root, packs, problems);
        return new DrillLoadResult(new DrillCatalog(packs), problems);
    }

    /// <summary>A drill may not take an id listed in RETIRED.md (beside the packs, or above a single pack).</summary>
    private static void RefuseRetiredIds(string root, List<DrillPack> packs, List<DrillProblem> problems)
    {
        var full = Path.GetFullPath(root);
        var folder = File.Exists(Path.Combine(full, PackFileName)) ? Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))! : full;
        var retired = RetiredIds.Read(Path.Combine(folder, RetiredIds.FileName));
        foreach (var drill in packs.SelectMany(p => p.Drills).Where(d => retired.ContainsKey(d.Id)))
        {
            // SourcePath starts with the shown root's name, so it resolves from the folder above that root.
            var file = Path.Combine(Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)) ?? "", drill.SourcePath);
            var line = File.Exists(file) ? Array.FindIndex(File.ReadAllLines(file), l => l.StartsWith("id:", StringComparison.Ordinal)) + 1 : 0;
            problems.Add(new(drill.SourcePath, line, "id", $"'{drill.Id}' is retired ({RetiredIds.FileName} line {retired[drill.Id]}): give the drill a new id"));
        }
    }

    private static DrillPack? LoadPack(string root, string dir, List<DrillProblem> problems)
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

        var drills = new List<Drill>();
        foreach (var path in Directory.GetFiles(dir, "*.md").Where(f => Path.GetFileName(f) != PackFileName).Order(StringComparer.Ordinal))
        {
            var drill = DrillFileParser.Parse(Relative(root, path), packId, File.ReadAllText(path), problems);
            if (drill is not null)
            {
                drills.Add(drill);
            }
        }

        foreach (var duplicate in drills.GroupBy(d => d.Number).Where(g => g.Count() > 1))
        {
            foreach (var other in duplicate.Skip(1))
            {
                problems.Add(new(other.SourcePath, 3, "number", $"number {other.Number} is already used in pack '{packId}' by {duplicate.First().SourcePath}"));
            }
        }

        return problems.Count == before && title is not null
            ? new DrillPack(packId, title, order, packDoc.Preamble, drills.OrderBy(d => d.Number).ToList())
            : null;
    }

    private static string? PackField(DrillDocument doc, string key, string file, List<DrillProblem> problems)
    {
        if (doc.Fields.TryGetValue(key, out var field) && field.Value.Length > 0)
        {
            return field.Value;
        }

        problems.Add(new(file, field?.Line ?? 1, key, field is null ? "missing" : "empty"));
        return null;
    }

    private static string Relative(string root, string path)
    {
        var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var shownRoot = File.Exists(Path.Combine(full, PackFileName)) ? Path.GetDirectoryName(full)! : full;
        return Path.Combine(Path.GetFileName(shownRoot), Path.GetRelativePath(shownRoot, path));
    }
}
