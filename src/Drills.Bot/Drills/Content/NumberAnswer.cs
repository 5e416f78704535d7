using System.Globalization;

namespace Drills.Bot.Drills.Content;

/// <summary>A number (often elapsed seconds) with an optional unit and a tolerance.</summary>
public sealed record NumberAnswer(double Expected, TimeUnit? Unit, Tolerance Tolerance) : DrillAnswer
{
    public override AnswerKind Kind => AnswerKind.Number;

    public override string Display
    {
        get
        {
            var number = Expected.ToString("0.###", CultureInfo.InvariantCulture);
            var unit = Unit switch { TimeUnit.Seconds => "s", TimeUnit.Milliseconds => " ms", _ => "" };
            var approx = Tolerance.IsExact ? "" : "~";
            return approx + number + unit;
        }
    }

    public override string FormatHint => Unit switch
    {
        TimeUnit.Seconds => "Type a number of seconds, e.g. `2` or `~2s` (timings are approximate).",
        TimeUnit.Milliseconds => "Type a number of milliseconds, e.g. `500ms`.",
        _ => "Type a number.",
    };
}

public enum TimeUnit
{
    Seconds,
    Milliseconds,
}

/// <summary>How far a predicted number may be from the expected one: absolute, or a fraction of it.</summary>
public sealed record Tolerance(double Amount, bool IsRelative)
{
    public static readonly Tolerance Exact = new(0, false);

    public bool IsExact => Amount == 0;

    public bool Accepts(double expected, double actual)
    {
        var allowed = IsRelative ? Math.Abs(expected) * Amount : Amount;
        return Math.Abs(actual - expected) <= allowed + 1e-9;
    }
}
