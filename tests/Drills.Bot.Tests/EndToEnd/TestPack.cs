namespace Drills.Bot.Tests.EndToEnd;

/// <summary>A small drill pack the end-to-end tests know by heart: a choice drill, then an output drill.</summary>
internal static class TestPack
{
    public const string ChoiceExplanation = "Marker-choice-explanation: print shows the value two.";
    public const string OutputExplanation = "Marker-output-explanation: two prints, two lines.";

    public static string Write()
    {
        var root = Directory.CreateTempSubdirectory("drills-e2e-pack-").FullName;
        var pack = Path.Combine(root, "basics");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "pack.md"), "---\ntitle: Basics\norder: 1\n---\n\nTest drills.\n");
        File.WriteAllText(Path.Combine(pack, "01-choice.md"), $"""
            ---
            id: basics-choice
            number: 1
            title: Pick the print
            concepts: print, integers
            kind: choice
            correct: B
            ---

            ## Question

            What does it print?

            ## Code

            ```python
            print(1 + 1)
            ```

            ## Options

            A) 1
            B) 2
            C) 11

            ## Output

            ```
            2
            ```

            ## Explanation

            {ChoiceExplanation}
            """);
        File.WriteAllText(Path.Combine(pack, "02-output.md"), $"""
            ---
            id: basics-output
            number: 2
            title: Two lines
            concepts: print
            kind: output
            ---

            ## Question

            What does it print?

            ## Code

            ```python
            print("a")
            print("b")
            ```

            ## Output

            ```
            a
            b
            ```

            ## Explanation

            {OutputExplanation}
            """);
        return root;
    }
}
