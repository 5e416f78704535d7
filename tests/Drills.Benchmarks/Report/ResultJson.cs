using System.Globalization;
using System.Text.Json;

namespace Drills.Benchmarks.Report;

/// <summary>
/// The results as JSON (<c>--json</c>) and a comparison with an earlier run's file (<c>--compare</c>): each measure
/// of this run beside its old value and the change, matched by scenario and measure.
/// </summary>
internal static class ResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(string path, string machine, ResultTable table) =>
        File.WriteAllText(path, JsonSerializer.Serialize(new ResultFile(machine, table.Rows.ToList(), table.Notes.ToList()), Options));

    public static ResultFile Read(string path) =>
        JsonSerializer.Deserialize<ResultFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path} holds no results");

    public static void Compare(ResultFile old, ResultTable table, TextWriter output)
    {
        output.WriteLine($"Compared with: {old.Machine}");
        output.WriteLine();
        var before = old.Rows.GroupBy(r => (r.Scenario, r.Measure)).ToDictionary(g => g.Key, g => g.First());
        output.WriteLine("| Scenario | Measure | Before | Now | Change | Budget / limit | Verdict |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var row in table.Rows)
        {
            var was = before.GetValueOrDefault((row.Scenario, row.Measure));
            output.WriteLine($"| {row.Scenario} | {row.Measure} | {was?.Median ?? "(new)"} | {row.Median} | {Change(was?.Value, row.Value)} | {row.Budget} | {row.Verdict} |");
        }

        foreach (var gone in old.Rows.Where(r => !table.Rows.Any(n => n.Scenario == r.Scenario && n.Measure == r.Measure)))
        {
            output.WriteLine($"| {gone.Scenario} | {gone.Measure} | {gone.Median} | (not measured) | | {gone.Budget} | |");
        }
    }

    /// <summary>The signed change and, when the old value is not zero, the change in percent.</summary>
    public static string Change(double? before, double now)
    {
        if (before is not { } b || double.IsNaN(b) || double.IsNaN(now))
        {
            return "";
        }

        var delta = now - b;
        var text = delta.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);
        return b == 0 ? text : $"{text} ({(delta / Math.Abs(b)).ToString("+0.0%;-0.0%;0%", CultureInfo.InvariantCulture)})";
    }
}

/// <summary>A run's results as written by <c>--json</c>: the machine line, every row, the notes.</summary>
internal sealed record ResultFile(string Machine, List<ResultRow> Rows, List<string> Notes);
