namespace Drills.FakeDiscord.Validation;

/// <summary>Finds Discord's openapi.json: <c>shared/discord/openapi.json</c> beside the repository folder.</summary>
internal static class SpecLocator
{
    public static string? Find(string? configured, out string? whyNot)
    {
        whyNot = null;
        if (configured is not null)
        {
            if (File.Exists(configured))
            {
                return configured;
            }

            whyNot = $"OpenApiPath '{configured}' does not exist";
            return null;
        }

        // Search upwards from the test assembly: bin/... -> tests/X -> repo -> its parent holds shared/.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "discord", "openapi.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        whyNot = $"Discord's openapi.json was not found in shared/discord/ beside the repository (searched upwards from {AppContext.BaseDirectory}): bodies are checked by the project's own schemas only";
        return null;
    }
}
