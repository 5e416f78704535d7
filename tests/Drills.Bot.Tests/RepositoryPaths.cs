namespace Drills.Bot.Tests;

/// <summary>Finds folders of this repository (and <c>shared/</c> beside it) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Drills.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Drills.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Drills() => Path.Combine(Root(), "drills");
}
