using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// <c>verify [drills-folder] [--python COMMAND]</c>: loads every pack strictly, resolves the interpreter once
/// (default <c>DRILLS_PYTHON</c>, else <c>python3</c>), runs every drill twice under it and prints one line per
/// problem. On success the last line is <c>N drills verified</c>.
/// </summary>
public static class VerifyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TimeProvider time, CancellationToken ct)
    {
        var (folder, command, usage) = ParseArgs(args);
        if (usage is not null)
        {
            await output.WriteLineAsync($"verify failed: {usage} (usage: verify [drills-folder] [--python COMMAND])");
            return 2;
        }

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

        var (python, error) = await PythonInterpreter.ResolveAsync(command, ct);
        if (python is null)
        {
            await output.WriteLineAsync($"verify failed: {error}");
            return 1;
        }

        using var runner = new PythonRunner(python.Path, time);
        var drills = loaded.Catalog.AllDrills.ToList();
        var report = await new DrillVerifier(runner, Environment.ProcessorCount).VerifyAsync(drills, ct);
        foreach (var line in report.Problems.Concat(report.Retried))
        {
            await output.WriteLineAsync(line);
        }

        foreach (var drill in report.Judged)
        {
            await output.WriteLineAsync($"judged by a reviewer, not by verify: {drill.Id} (correct: {((ChoiceAnswer)drill.Answer).Correct})");
        }

        var took = time.GetElapsedTime(started).TotalSeconds;
        await output.WriteLineAsync($"ran {drills.Count} drills twice with Python {python.Version} ({python.Path}), "
            + $"{Environment.ProcessorCount} at a time, in {took:0.0} s");
        if (report.Problems.Count > 0)
        {
            await output.WriteLineAsync($"verify failed: {report.Problems.Count} of {drills.Count} drills disagree with their answers");
            return 1;
        }

        await output.WriteLineAsync($"{drills.Count} drills verified");
        return 0;
    }

    private static (string Folder, string Python, string? Usage) ParseArgs(string[] args)
    {
        var folder = "drills";
        var python = Environment.GetEnvironmentVariable("DRILLS_PYTHON") is { Length: > 0 } configured ? configured : "python3";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--python")
            {
                if (i + 1 >= args.Length)
                {
                    return (folder, python, "--python needs a command or path");
                }

                python = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return (folder, python, $"unknown option '{args[i]}'");
            }
            else
            {
                folder = args[i];
            }
        }

        return (folder, python, null);
    }
}
