namespace Drills.Bot.Drills.Verification;

/// <summary>
/// What one run of a drill's code did: its stdout, what the program itself wrote to stderr (the final
/// traceback is left out: it is reported as <see cref="ExceptionType"/> and <see cref="ExceptionMessage"/>),
/// and whether it was killed at its timeout. In the console view <see cref="Stdout"/> holds both streams, in
/// the order a terminal shows them, traceback included.
/// </summary>
public sealed record PythonRun(string Stdout, string? ExceptionType, string? ExceptionMessage, bool TimedOut, string Stderr)
{
    /// <summary>Stdout and exception, the part two runs must agree on.</summary>
    public string Observable => TimedOut ? "(timed out)" : Stdout + (ExceptionType is null ? "" : $"\nraised {ExceptionType}: {ExceptionMessage}");
}
