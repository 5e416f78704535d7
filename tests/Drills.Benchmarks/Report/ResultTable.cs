using System.Globalization;

namespace Drills.Benchmarks.Report;

/// <summary>
/// The benchmark's output: one row per measure with the median of its runs, every run's value, and where a
/// budget or limit exists, the ratio to it and whether it was met. Printed as a Markdown table.
/// </summary>
internal sealed class ResultTable
{
    private readonly List<ResultRow> rows = [];
    private readonly List<string> notes = [];

    public IReadOnlyList<ResultRow> Rows => rows;

    public IReadOnlyList<string> Notes => notes;

    /// <summary>A measure over runs; <paramref name="format"/> renders one value (e.g. "0.0 ms").</summary>
    public ResultRow Add(string scenario, string measure, IReadOnlyList<double> runs, Func<double, string> format, Budget? budget = null)
    {
        runs = runs.Where(r => !double.IsNaN(r)).ToList();
        var median = Stats.Median(runs);
        var row = new ResultRow(scenario, measure, runs.Count == 0 ? "n/a" : format(median),
            runs.Count > 1 ? string.Join(" · ", runs.Select(format)) : "",
            budget?.Text ?? "", budget?.Ratio(median) ?? "", budget?.Verdict(median) ?? "", runs.Count == 0 ? double.NaN : median);
        rows.Add(row);
        Console.Error.WriteLine($"  {scenario} | {measure}: {row.Median} {row.Verdict}");
        return row;
    }

    /// <summary>A line printed under the table (a log line, a failure), so long text does not widen it.</summary>
    public void AddNote(string scenario, string measure, string value)
    {
        notes.Add($"{scenario} | {measure}: {value}");
        Console.Error.WriteLine($"  {scenario} | {measure}: {value}");
    }

    public void Print(TextWriter output)
    {
        string[] header = ["Scenario", "Measure", "Median", "Runs", "Budget / limit", "Ratio", "Verdict"];
        var cells = rows.Select(r => new[] { r.Scenario, r.Measure, r.Median, r.Runs, r.Budget, r.Ratio, r.Verdict }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => cells.Max(r => r[c].Length)).ToArray();
        for (var i = 0; i < cells.Count; i++)
        {
            output.WriteLine("| " + string.Join(" | ", cells[i].Select((c, j) => c.PadRight(widths[j]))) + " |");
            if (i == 0)
            {
                output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            }
        }

        if (notes.Count > 0)
        {
            output.WriteLine();
            notes.ForEach(n => output.WriteLine("- " + n));
        }
    }

    public static string Ms(double v) => v.ToString(v < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string PerSecond(double v) => v.ToString("0.0", CultureInfo.InvariantCulture) + "/s";

    public static string Count(double v) => v.ToString("0", CultureInfo.InvariantCulture);

    public static string Seconds(double v) => v.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Mb(double v) => v.ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>One printed row; <c>Value</c> is the median as a number (NaN when nothing was measured), for JSON and comparisons.</summary>
internal sealed record ResultRow(string Scenario, string Measure, string Median, string Runs, string Budget, string Ratio, string Verdict, double Value);
