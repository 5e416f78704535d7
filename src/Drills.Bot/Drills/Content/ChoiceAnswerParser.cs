using System.Text.RegularExpressions;

namespace Drills.Bot.Drills.Content;

/// <summary>The choice-specific part of a drill file: options, the right letter, and what the code really does.</summary>
internal static partial class ChoiceAnswerParser
{
    public static ChoiceAnswer? Parse(DrillFileParser parser)
    {
        var options = Options(parser);
        var correctRaw = parser.Required("correct");
        var behaviour = Behaviour(parser);
        if (options is null || correctRaw is null || behaviour is null)
        {
            return null;
        }

        var correct = char.ToUpperInvariant(correctRaw[0]);
        if (correctRaw.Length != 1 || options.All(o => o.Letter != correct))
        {
            var letters = string.Join(", ", options.Select(o => o.Letter));
            return parser.Problem<ChoiceAnswer>(parser.FieldLine("correct"), "correct", $"'{correctRaw}' is not among the options ({letters})");
        }

        var judged = parser.Optional("judged");
        if (judged is not null && (judged.Length != 1 || options.All(o => o.Letter != judged[0])))
        {
            return parser.Problem<ChoiceAnswer>(parser.FieldLine("judged"), "judged", $"'{judged}' is not an option's letter (the letter a reviewer checked)");
        }

        return new ChoiceAnswer(options, correct, behaviour) { Judged = judged?[0] };
    }

    private static List<ChoiceOption>? Options(DrillFileParser parser)
    {
        var section = parser.Section("Options", required: true);
        if (section is null)
        {
            return null;
        }

        var options = new List<ChoiceOption>();
        foreach (var line in section.Lines.Where(l => l.Text.Trim().Length > 0))
        {
            var match = OptionLine().Match(line.Text.Trim());
            var expected = (char)('A' + options.Count);
            if (!match.Success || match.Groups[1].Value[0] != expected)
            {
                return parser.Problem<List<ChoiceOption>>(line.Number, "Options", $"expected '{expected}) text', got '{line.Text.Trim()}'");
            }

            options.Add(new ChoiceOption(expected, match.Groups[2].Value.Trim()));
        }

        if (options.Count is < 2 or > 5)
        {
            return parser.Problem<List<ChoiceOption>>(section.Line, "Options", $"a choice drill has 2-5 options, found {options.Count}");
        }

        var duplicate = options.GroupBy(o => o.Text, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? options
            : parser.Problem<List<ChoiceOption>>(section.Line, "Options", $"option text '{duplicate.Key}' is given twice");
    }

    private static RealBehaviour? Behaviour(DrillFileParser parser)
    {
        var raises = parser.Optional("raises");
        var output = parser.Section("Output", required: false) is null ? null : parser.SingleBlock("Output", required: true);
        if (raises is null && output is null)
        {
            return parser.Problem<RealBehaviour>(parser.FieldLine("raises"), "Output", "a choice drill states what its code really does: a '## Output' block or 'raises:'");
        }

        if (raises is not null && !DrillFileParser.ExceptionTypePattern().IsMatch(raises))
        {
            return parser.Problem<RealBehaviour>(parser.FieldLine("raises"), "raises", $"'{raises}' is not an exception type name");
        }

        return new RealBehaviour(output, raises, parser.Optional("message"));
    }

    [GeneratedRegex(@"^([A-Z])\)\s*(.+)$")]
    private static partial Regex OptionLine();
}
