using System.Text.Json.Nodes;

namespace Drills.FakeDiscord.Validation;

/// <summary>Discord's 50035 <c>errors</c> object: nested by path, leaves hold <c>_errors: [{code, message}]</c>.</summary>
internal static class FormErrors
{
    public static JsonObject Build(IEnumerable<SchemaError> errors)
    {
        var root = new JsonObject();
        foreach (var error in errors)
        {
            var node = root;
            foreach (var part in error.Pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (node[part] is not JsonObject child)
                {
                    node[part] = child = new JsonObject();
                }

                node = child;
            }

            if (node["_errors"] is not JsonArray list)
            {
                node["_errors"] = list = new JsonArray();
            }

            list.Add(new JsonObject { ["code"] = error.Code, ["message"] = error.Message });
        }

        return root;
    }
}
