using System.Globalization;
using System.Text.RegularExpressions;

namespace Drills.Bot.Drills.Content;

/// <summary>
/// Turns one drill file into a <see cref="Drill"/>, or into problems naming file, line and field.
/// Strict: unknown fields and sections are problems too, so a typo never silently drops content.
/// </summary>
internal sealed partial class DrillFileParser
{
    private static readonly HashSet<string> KnownFields =
    [
        "id", "number", "title", "concepts", "kind", "timeout", "expected", "unit", "tolerance",
        "message", "message-required", "correct", "raises", "judged", "variant-of",
    ];

    private static readonly HashSet<string> KnownSections =
        new(["Question", "Code", "Explanation", "Output", "Also accepted", "Options"], StringComparer.OrdinalIgnoreCase);

    private readonly string file;
    private readonly string pack;
    private readonly DrillDocument doc;
    private readonly List<DrillProblem> problems;

    private DrillFileParser(string file, string pack, DrillDocument doc, List<DrillProblem> problems)
    {
        this.file = file;
        this.pack = pack;
        this.doc = doc;
        this.problems = problems;
    }

    /// <summary>Parses <paramref name="text"/>; returns null (and adds problems) when the drill is unusable.</summary>
    public static ParsedDrill? Parse(string file, string pack, string text, List<DrillProblem> problems)
    {
        var before = problems.Count;
        var doc = DrillDocument.Parse(file, text, problems);
        if (doc.IsBroken)
        {
            return null; // one structural problem, already reported; the rest of the file cannot be read
        }

        var parser = new DrillFileParser(file, pack, doc, problems);
        var drill = parser.Build();
        return problems.Count == before && drill is not null
            ? new ParsedDrill(drill, parser.FieldLine("id"), parser.FieldLine("number"))
            : null;
    }

    private Drill? Build()
    {
        foreach (var field in doc.Fields.Values.Where(f => !KnownFields.Contains(f.Key)))
        {
            Problem(field.Line, field.Key, $"unknown field (known: {string.Join(", ", KnownFields)})");
        }

        foreach (var section in doc.Sections.Values.Where(s => !KnownSections.Contains(s.Name)))
        {
            Problem(section.Line, section.Name, $"unknown section (known: {string.Join(", ", KnownSections)})");
        }

        var id = Required("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Problem(doc.Fields["id"].Line, "id", "use lowercase letters, digits and '-' (e.g. async-gather)");
        }

        var number = Integer("number", required: true);
        var title = Required("title");
        var concepts = Required("concepts")?.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (concepts is { Count: 0 })
        {
            Problem(doc.Fields["concepts"].Line, "concepts", "name at least one concept");
        }

        var variantOf = Optional("variant-of");
        if (variantOf is not null && !IdPattern().IsMatch(variantOf))
        {
            Problem(doc.Fields["variant-of"].Line, "variant-of", "give the id of another drill (lowercase letters, digits and '-')");
        }
        else if (variantOf is not null && variantOf == id)
        {
            Problem(doc.Fields["variant-of"].Line, "variant-of", "a drill cannot be a variant of itself");
        }

        var timeout = Integer("timeout", required: false) ?? 10;
        var question = SectionText("Question");
        var code = Code();
        var explanation = SectionText("Explanation");
        var answer = Answer();

        if (id is null || number is null || title is null || concepts is null || question is null
            || code is null || explanation is null || answer is null)
        {
            return null;
        }

        return new Drill(id, pack, number.Value, title, concepts, question, code, answer, explanation,
            TimeSpan.FromSeconds(timeout), file)
        {
            VariantOf = variantOf, VariantOfLine = FieldLine("variant-of"),
        };
    }

    private DrillAnswer? Answer()
    {
        var kind = Required("kind");
        return kind switch
        {
            null => null,
            "choice" => ChoiceAnswerParser.Parse(this),
            "output" => OutputAnswer(),
            "number" => NumberAnswer(),
            "error" => ErrorAnswer(),
            _ => Problem(doc.Fields["kind"].Line, "kind", $"unknown answer kind '{kind}' (known: choice, output, number, error)"),
        };
    }

    private OutputAnswer? OutputAnswer()
    {
        var expected = SingleBlock("Output", required: true);
        var alternatives = doc.Sections.TryGetValue("Also accepted", out var also)
            ? also.Blocks().Select(b => b.Content).ToList()
            : [];
        return expected is null ? null : new OutputAnswer(expected, alternatives);
    }

    private NumberAnswer? NumberAnswer()
    {
        var expected = Number("expected", required: true);
        TimeUnit? unit = Optional("unit") switch
        {
            null => null,
            "s" => TimeUnit.Seconds,
            "ms" => TimeUnit.Milliseconds,
            var other => Problem<TimeUnit?>(doc.Fields["unit"].Line, "unit", $"unknown unit '{other}' (known: s, ms)"),
        };
        var tolerance = ToleranceField();
        return expected is null || tolerance is null ? null : new NumberAnswer(expected.Value, unit, tolerance);
    }

    private Tolerance? ToleranceField()
    {
        var raw = Optional("tolerance");
        if (raw is null)
        {
            return Tolerance.Exact;
        }

        var relative = raw.EndsWith('%');
        if (double.TryParse(raw.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return new Tolerance(relative ? amount / 100 : amount, relative);
        }

        return Problem<Tolerance>(doc.Fields["tolerance"].Line, "tolerance", $"'{raw}' is not a number like 0.5 or 10%");
    }

    private ErrorAnswer? ErrorAnswer()
    {
        var type = Required("expected");
        if (type is not null && !ExceptionTypePattern().IsMatch(type))
        {
            return Problem<ErrorAnswer>(doc.Fields["expected"].Line, "expected", $"'{type}' is not an exception type name");
        }

        var required = Optional("message-required") switch
        {
            null or "false" => false,
            "true" => true,
            var other => Problem<bool?>(doc.Fields["message-required"].Line, "message-required", $"'{other}' is not true or false") ?? false,
        };
        var message = Optional("message");
        if (required && message is null)
        {
            Problem(doc.Fields["message-required"].Line, "message", "message-required needs a message");
        }

        return type is null ? null : new ErrorAnswer(type, message, required);
    }

    internal string? Required(string key)
    {
        if (doc.Fields.TryGetValue(key, out var field) && field.Value.Length > 0)
        {
            return field.Value;
        }

        return field is null
            ? Problem<string>(doc.FrontMatterEnd, key, $"missing: add '{key}: ...' before the closing '---'")
            : Problem<string>(field.Line, key, "empty");
    }

    internal string? Optional(string key) => doc.Fields.TryGetValue(key, out var field) ? field.Value : null;

    /// <summary>The field's line, or the closing <c>---</c> line (where it would go) when it is not given.</summary>
    internal int FieldLine(string key) => doc.Fields.TryGetValue(key, out var f) ? f.Line : doc.FrontMatterEnd;

    internal DocumentSection? Section(string name, bool required)
    {
        if (doc.Sections.TryGetValue(name, out var section))
        {
            return section;
        }

        return required ? Problem<DocumentSection>(doc.LastLine, name, "missing section '## " + name + "'") : null;
    }

    internal string? SingleBlock(string sectionName, bool required)
    {
        var section = Section(sectionName, required);
        if (section is null)
        {
            return null;
        }

        var blocks = section.Blocks();
        return blocks.Count == 1
            ? blocks[0].Content
            : Problem<string>(section.Line, sectionName, $"expected one ``` block, found {blocks.Count}");
    }

    private string? SectionText(string name)
    {
        var section = Section(name, required: true);
        if (section is null)
        {
            return null;
        }

        return section.Text.Length > 0 ? section.Text : Problem<string>(section.Line, name, "empty");
    }

    private string? Code()
    {
        var section = Section("Code", required: true);
        if (section is null)
        {
            return null;
        }

        var blocks = section.Blocks();
        if (blocks.Count != 1)
        {
            return Problem<string>(section.Line, "Code", $"expected one ```python block, found {blocks.Count}");
        }

        return blocks[0].Content.Trim().Length > 0 ? blocks[0].Content : Problem<string>(blocks[0].Line, "Code", "empty code");
    }

    private int? Integer(string key, bool required)
    {
        var raw = required ? Required(key) : Optional(key);
        if (raw is null)
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : Problem<int?>(doc.Fields[key].Line, key, $"'{raw}' is not a whole number above 0");
    }

    private double? Number(string key, bool required)
    {
        var raw = required ? Required(key) : Optional(key);
        if (raw is null)
        {
            return null;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : Problem<double?>(doc.Fields[key].Line, key, $"'{raw}' is not a number");
    }

    internal DrillAnswer? Problem(int line, string field, string message) => Problem<DrillAnswer>(line, field, message);

    internal T? Problem<T>(int line, string field, string message)
    {
        problems.Add(new DrillProblem(file, line, field, message));
        return default;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")]
    internal static partial Regex ExceptionTypePattern();
}
