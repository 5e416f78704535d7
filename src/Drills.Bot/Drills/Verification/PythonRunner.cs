using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// Runs drill code as a real script under CPython. A <c>sitecustomize</c> hook on the path reports an
/// uncaught exception's type and message on stderr, so the script itself runs unchanged.
/// </summary>
public sealed class PythonRunner : IDisposable
{
    public static readonly Version MinimumVersion = new(3, 11);

    private const string Marker = "@@drills-exception@@ ";

    private const string Hook = """
        import json, sys
        _previous_hook = sys.excepthook
        def _drills_hook(kind, error, tb):
            sys.stdout.flush()
            module = kind.__module__
            name = kind.__qualname__ if module in ("builtins", "__main__") else module + "." + kind.__qualname__
            sys.stderr.write("\n@@drills-exception@@ " + json.dumps({"type": name, "message": str(error)}) + "\n")
            _previous_hook(kind, error, tb)
        sys.excepthook = _drills_hook
        """;

    private readonly string python;
    private readonly string hookDir;

    public PythonRunner(string python)
    {
        this.python = python;
        hookDir = Directory.CreateTempSubdirectory("drills-hook-").FullName;
        File.WriteAllText(Path.Combine(hookDir, "sitecustomize.py"), Hook);
    }

    /// <summary>The interpreter's version, or an error a person can act on (missing, too old).</summary>
    public async Task<(Version? Version, string? Error)> CheckVersionAsync(CancellationToken ct)
    {
        PythonRun run;
        try
        {
            run = await RunAsync("import sys; print('%d.%d.%d' % sys.version_info[:3])", TimeSpan.FromSeconds(20), ct);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, $"'{python}' was not found: install CPython {MinimumVersion}+ or set DRILLS_PYTHON to its path");
        }

        if (!Version.TryParse(run.Stdout.Trim(), out var version))
        {
            return (null, $"'{python}' did not report a version: {run.Stderr.Trim()}");
        }

        return version < MinimumVersion
            ? (version, $"'{python}' is Python {version}; drills need {MinimumVersion}+ (set DRILLS_PYTHON to a newer one)")
            : (version, null);
    }

    public async Task<PythonRun> RunAsync(string code, TimeSpan timeout, CancellationToken ct)
    {
        var workDir = Directory.CreateTempSubdirectory("drills-run-").FullName;
        try
        {
            var script = Path.Combine(workDir, "drill.py");
            await File.WriteAllTextAsync(script, code, ct);
            using var process = new Process { StartInfo = StartInfo(script, workDir) };
            process.Start();
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                return new PythonRun(await stdout, null, null, TimedOut: true, await stderr);
            }

            return Parse(await stdout, await stderr);
        }
        finally
        {
            TryDelete(workDir);
        }
    }

    private ProcessStartInfo StartInfo(string script, string workDir)
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
        info.ArgumentList.Add(script);
        info.Environment["PYTHONPATH"] = hookDir;
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.Environment.Remove("PYTHONSTARTUP");
        info.Environment.Remove("PYTHONHASHSEED");
        return info;
    }

    private static PythonRun Parse(string stdout, string stderr)
    {
        var markerLine = stderr.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (markerLine is null)
        {
            return new PythonRun(stdout, null, null, TimedOut: false, stderr);
        }

        using var json = JsonDocument.Parse(markerLine[Marker.Length..]);
        var type = json.RootElement.GetProperty("type").GetString();
        var message = json.RootElement.GetProperty("message").GetString();
        return new PythonRun(stdout, type, message, TimedOut: false, stderr);
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

    internal static string Describe(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
