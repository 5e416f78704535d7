using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// Runs drill code as a real script, <c>drill.py</c> in a fresh folder, under one resolved interpreter. A
/// <c>sitecustomize</c> hook on the path writes an uncaught exception's type and message to a result file,
/// so the script itself runs unchanged and its stderr holds only what the program wrote there itself.
/// </summary>
public sealed class PythonRunner : IScriptRunner, IDisposable
{
    private const string ScriptName = "drill.py";
    private const string ResultName = "exception.json";

    // In the console view stderr is pointed at stdout's pipe and both are unbuffered, so lines interleave
    // in the order they were written, and the traceback is printed as usual.
    private const string Hook = """
        import json, os, sys
        _result = os.environ.get("DRILLS_RESULT")
        _console = os.environ.get("DRILLS_CONSOLE") == "1"
        if _console:
            os.dup2(1, 2)
        _previous_hook = sys.excepthook
        def _drills_hook(kind, error, tb):
            module = kind.__module__
            name = kind.__qualname__ if module in ("builtins", "__main__") else module + "." + kind.__qualname__
            if _result:
                with open(_result, "w", encoding="utf-8") as f:
                    json.dump({"type": name, "message": str(error)}, f)
            if _console:
                _previous_hook(kind, error, tb)
        sys.excepthook = _drills_hook
        """;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private const int WallCeiling = 10;

    private readonly string python;
    private readonly TimeProvider time;
    private readonly string hookDir;

    /// <param name="python">The interpreter binary itself (<see cref="PythonInterpreter.Path"/>), not a shim.</param>
    public PythonRunner(string python, TimeProvider time)
    {
        this.python = python;
        this.time = time;
        hookDir = Directory.CreateTempSubdirectory("drills-hook-").FullName;
        File.WriteAllText(Path.Combine(hookDir, "sitecustomize.py"), Hook);
    }

    public async Task<PythonRun> RunAsync(string code, TimeSpan timeout, bool console, CancellationToken ct)
    {
        var workDir = Directory.CreateTempSubdirectory("drills-run-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(workDir, ScriptName), code, ct);
            using var process = new Process { StartInfo = StartInfo(workDir, console) };
            process.Start();
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            if (!await EndsInTimeAsync(process, timeout, ct))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                return new PythonRun(await stdout, null, null, TimedOut: true, await stderr);
            }

            var (type, message) = ReadResult(Path.Combine(workDir, ResultName));
            return new PythonRun(await stdout, type, message, TimedOut: false, await stderr);
        }
        finally
        {
            TryDelete(workDir);
        }
    }

    /// <summary>
    /// Waits for the process to exit; false when it used up <paramref name="timeout"/> first. Time it spent
    /// waiting for a CPU does not count, so a loaded machine does not trip the timeout, while a real hang
    /// (asleep or spinning) still runs out at about the timeout. A wall-clock ceiling bounds the rest.
    /// </summary>
    private async Task<bool> EndsInTimeAsync(Process process, TimeSpan timeout, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var exit = process.WaitForExitAsync(ct);
        while (true)
        {
            await Task.WhenAny(exit, Task.Delay(PollInterval, time, ct));
            if (exit.IsCompleted)
            {
                await exit;
                return true;
            }

            var wall = time.GetElapsedTime(started);
            if (wall > timeout * WallCeiling || wall - RunQueueWait.Of(process.Id) > timeout)
            {
                return false;
            }
        }
    }

    private ProcessStartInfo StartInfo(string workDir, bool console)
    {
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };

        // Relative, so tracebacks and warnings name "drill.py", the same in every run and every folder.
        info.ArgumentList.Add(ScriptName);
        info.Environment["PYTHONPATH"] = hookDir;
        info.Environment["DRILLS_RESULT"] = Path.Combine(workDir, ResultName);
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.Environment["PYTHONNOUSERSITE"] = "1";
        info.Environment.Remove("PYTHONSTARTUP");
        info.Environment.Remove("PYTHONHASHSEED");
        info.Environment.Remove("PYTHONWARNINGS");
        if (console)
        {
            info.Environment["DRILLS_CONSOLE"] = "1";
            info.Environment["PYTHONUNBUFFERED"] = "1";
        }
        else
        {
            info.Environment.Remove("DRILLS_CONSOLE");
            info.Environment.Remove("PYTHONUNBUFFERED");
        }

        return info;
    }

    private static (string? Type, string? Message) ReadResult(string path)
    {
        if (!File.Exists(path))
        {
            return (null, null);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return (json.RootElement.GetProperty("type").GetString(), json.RootElement.GetProperty("message").GetString());
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    public void Dispose() => TryDelete(hookDir);
}
