using System.Globalization;

namespace Drills.Benchmarks.Report;

/// <summary>A limit a measure is compared with: at most (latency, memory, errors) or at least (throughput).</summary>
/// <remarks><see cref="Against"/>: what the ratio is taken of, when not the threshold (e.g. the rate limit itself for ">= 90% of it").</remarks>
internal sealed record Budget(string Text, double Limit, bool AtMost, bool Judged = true, double? Against = null)
{
    public static Budget Below(string text, double limit) => new(text, limit, AtMost: true);

    public static Budget AtLeast(string text, double limit, double? against = null) => new(text, limit, AtMost: false, Against: against);

    /// <summary>A reference to compare with (e.g. Discord's limit) without a verdict.</summary>
    public static Budget Reference(string text, double limit) => new(text, limit, AtMost: false, Judged: false);

    public string Ratio(double value)
    {
        var of = Against ?? Limit;
        return of == 0 || double.IsNaN(value) ? "" : (value / of).ToString("0.00", CultureInfo.InvariantCulture) + "x";
    }

    public string Verdict(double value) => !Judged || double.IsNaN(value) ? "" : (AtMost ? value <= Limit : value >= Limit) ? "met" : "MISSED";
}
