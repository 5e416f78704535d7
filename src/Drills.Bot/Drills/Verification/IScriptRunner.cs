namespace Drills.Bot.Drills.Verification;

/// <summary>Runs a drill's code once; <see cref="PythonRunner"/> is the real one, tests may count or delay runs.</summary>
public interface IScriptRunner
{
    /// <param name="console">
    /// True for the console's view: stderr merged into stdout in write order, traceback included, as a
    /// learner running the script in a terminal sees it.
    /// </param>
    Task<PythonRun> RunAsync(string code, TimeSpan timeout, bool console, CancellationToken ct);
}
