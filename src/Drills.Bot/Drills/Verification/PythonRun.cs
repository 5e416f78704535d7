namespace Drills.Bot.Drills.Verification;

/// <summary>What one run of a drill's code did: its stdout, and the exception it ended with, if any.</summary>
public sealed record PythonRun(string Stdout, string? ExceptionType, string? ExceptionMessage, bool TimedOut, string Stderr)
{
    /// <summary>Stdout and exception, the part two runs must agree on.</summary>
    public string Observable => TimedOut ? "(timed out)" : Stdout + (ExceptionType is null ? "" : $"\nraised {ExceptionType}: {ExceptionMessage}");
}
