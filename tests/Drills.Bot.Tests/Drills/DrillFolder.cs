namespace Drills.Bot.Tests.Drills;

/// <summary>A throw-away drills folder on disk, written by a test and deleted afterwards.</summary>
internal sealed class DrillFolder : IDisposable
{
    public DrillFolder()
    {
        Root = Directory.CreateTempSubdirectory("drills-test-").FullName;
    }

    public string Root { get; }

    public DrillFolder Pack(string id, string title = "Test pack", string order = "1")
    {
        Directory.CreateDirectory(Path.Combine(Root, id));
        File.WriteAllText(Path.Combine(Root, id, "pack.md"), $"---\ntitle: {title}\norder: {order}\n---\n\nA pack for tests.\n");
        return this;
    }

    public DrillFolder Drill(string pack, string fileName, string text)
    {
        File.WriteAllText(Path.Combine(Root, pack, fileName), text);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>A valid output drill; <paramref name="replace"/> edits one piece of it to break it.</summary>
    public static string OutputDrill(string id = "t-one", int number = 1, string code = "print(1 + 1)", string output = "2",
        Func<string, string>? replace = null)
    {
        var text = $"""
            ---
            id: {id}
            number: {number}
            title: Addition
            concepts: arithmetic, print
            kind: output
            ---

            ## Question

            What does this print?

            ## Code

            ```python
            {code}
            ```

            ## Output

            ```
            {output}
            ```

            ## Explanation

            One plus one is two.
            """;
        return replace is null ? text : replace(text);
    }

    public static string ChoiceDrill(string id = "t-choice", string correct = "B", string options = "A) 1\nB) 2\nC) 3") => $"""
        ---
        id: {id}
        number: 2
        title: Pick one
        concepts: arithmetic
        kind: choice
        correct: {correct}
        ---

        ## Question

        Which does it print?

        ## Code

        ```python
        print(2)
        ```

        ## Options

        {options}

        ## Output

        ```
        2
        ```

        ## Explanation

        It prints two.
        """;
}
