using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// <c>verify [drills-folder]</c>: loads every pack strictly, runs every drill twice under CPython 3.11+ and
/// prints one line per problem. On success the last line is <c>N drills verified</c>.
/// </summary>
public static class VerifyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TimeProvider time, CancellationToken ct)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "drills";
        var python = Environment.GetEnvironmentVariable("DRILLS_PYTHON") is { Length: > 0 } configured ? configured : "python3";
        var started = time.GetTimestamp();

        var loaded = DrillLoader.Load(folder);
        foreach (var problem in loaded.Problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        if (!loaded.IsValid)
        {
            await output.WriteLineAsync($"verify failed: {loaded.Problems.Count} problem(s) in the drill files");
            return 1;
        }

        using var runner = new PythonRunner(python);
        var (version, error) = await runner.CheckVersionAsync(ct);
        if (error is not null)
        {
            await output.WriteLineAsync($"verify failed: {error}");
            return 1;
        }

        var drills = loaded.Catalog.AllDrills.ToList();
        var parallelism = Math.Max(4, Environment.ProcessorCount * 2);
        var problems = await new DrillVerifier(runner, parallelism).VerifyAsync(drills, ct);
        foreach (var line in problems)
        {
            await output.WriteLineAsync(line);
        }

        var took = PythonRunner.Describe(time.GetElapsedTime(started));
        await output.WriteLineAsync($"ran {drills.Count} drills twice with Python {version} in {took}");
        if (problems.Count > 0)
        {
            await output.WriteLineAsync($"verify failed: {problems.Count} of {drills.Count} drills disagree with their answers");
            return 1;
        }

        await output.WriteLineAsync($"{drills.Count} drills verified");
        return 0;
    }
}
