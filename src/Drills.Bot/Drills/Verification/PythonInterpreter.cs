using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// The real interpreter behind a command such as <c>python3</c>, resolved once. The command may be a
/// version manager's shell shim (pyenv's costs 1-2 s a start on a loaded machine); every drill then runs
/// the binary it points at, <c>sys.executable</c>, directly.
/// </summary>
public sealed record PythonInterpreter(string Path, Version Version)
{
    public static readonly Version MinimumVersion = new(3, 11);

    // A shim may be slow under load, and this runs once: a generous bound that still ends a hang.
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(60);

    private const string Probe = "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])";

    /// <summary>The interpreter <paramref name="command"/> runs, or an error a person can act on.</summary>
    public static async Task<(PythonInterpreter? Interpreter, string? Error)> ResolveAsync(string command, CancellationToken ct)
    {
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Probe);
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return (null, $"'{command}' was not found: install CPython {MinimumVersion}+ or pass --python PATH (or set DRILLS_PYTHON)");
        }

        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(ResolveTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (null, $"'{command}' did not answer within {ResolveTimeout.TotalSeconds:0} s");
        }

        var lines = (await stdout).TrimEnd().Split('\n').Select(l => l.Trim()).ToArray();
        if (lines.Length < 2 || !Version.TryParse(lines[^1], out var version))
        {
            return (null, $"'{command}' did not report a version: {(await stderr).Trim()}");
        }

        if (version < MinimumVersion)
        {
            return (null, $"'{command}' is Python {version}; drills need {MinimumVersion}+ (pass --python PATH to a newer one)");
        }

        // sys.executable is empty only for embedded interpreters; the command itself then has to do.
        var path = lines[^2].Length > 0 ? lines[^2] : command;
        return (new PythonInterpreter(path, version), null);
    }
}
