using System.Text.Json;
using Json.Schema;

namespace Drills.FakeDiscord.Validation;

/// <summary>
/// A compiled request-body schema; for a union of alternatives, errors come from the closest one. Error codes
/// start with <paramref name="codePrefix"/> (SCHEMA_ for the project's schemas, OPENAPI_ for Discord's spec) so
/// a 50035 answer tells which one refused the body.
/// </summary>
internal sealed class OperationSchema(JsonSchema main, IReadOnlyList<JsonSchema> alternatives, string codePrefix)
{
    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions Hierarchical = new() { OutputFormat = OutputFormat.Hierarchical };

    public bool IsValid(JsonElement body) => main.Evaluate(body, Flag).IsValid;

    public IReadOnlyList<SchemaError> Validate(JsonElement body)
    {
        if (IsValid(body))
        {
            return [];
        }

        // A union reports every branch's failures. The branch the bot meant is the one whose
        // discriminator ("type", e.g. the callback type) matched, then the one with the fewest errors.
        return alternatives.Count == 0
            ? Errors(main, body)
            : alternatives.Select(a => Errors(a, body))
                .OrderBy(e => e.Any(x => x.Pointer == "/type") ? 1 : 0)
                .ThenBy(e => e.Count)
                .First();
    }

    private List<SchemaError> Errors(JsonSchema schema, JsonElement body)
    {
        var errors = new List<SchemaError>();
        Collect(schema.Evaluate(body, Hierarchical), errors);
        if (errors.Count == 0)
        {
            errors.Add(new SchemaError(string.Empty, codePrefix + "INVALID", "does not match the schema"));
        }

        return errors;
    }

    // Only failing nodes under failing parents: the failed branches of a passing oneOf are noise.
    private void Collect(EvaluationResults node, List<SchemaError> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add(new SchemaError(node.InstanceLocation.ToString(), codePrefix + keyword.ToUpperInvariant(), message));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }
}
