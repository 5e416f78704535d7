using System.Text.Json;
using Json.Schema;

namespace Drills.FakeDiscord.Validation;

/// <summary>A compiled request-body schema; for an anyOf of alternatives, errors come from the closest one.</summary>
internal sealed class OperationSchema(JsonSchema main, IReadOnlyList<JsonSchema> alternatives)
{
    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions Hierarchical = new() { OutputFormat = OutputFormat.Hierarchical };

    public IReadOnlyList<SchemaError> Validate(JsonElement body)
    {
        if (main.Evaluate(body, Flag).IsValid)
        {
            return [];
        }

        // An anyOf reports every branch's failures. The branch the bot meant is the one whose
        // discriminator ("type", e.g. the callback type) matched, then the one with the fewest errors.
        return alternatives.Count == 0
            ? Errors(main, body)
            : alternatives.Select(a => Errors(a, body))
                .OrderBy(e => e.Any(x => x.Pointer == "/type") ? 1 : 0)
                .ThenBy(e => e.Count)
                .First();
    }

    private static List<SchemaError> Errors(JsonSchema schema, JsonElement body)
    {
        var errors = new List<SchemaError>();
        Collect(schema.Evaluate(body, Hierarchical), errors);
        if (errors.Count == 0)
        {
            errors.Add(new SchemaError(string.Empty, "SCHEMA_INVALID", "does not match the schema"));
        }

        return errors;
    }

    // Only failing nodes under failing parents: the failed branches of a passing oneOf are noise.
    private static void Collect(EvaluationResults node, List<SchemaError> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add(new SchemaError(node.InstanceLocation.ToString(), "SCHEMA_" + keyword.ToUpperInvariant(), message));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }
}
