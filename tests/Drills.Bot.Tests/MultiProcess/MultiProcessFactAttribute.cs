using Drills.Bot.Tests.Storage;

namespace Drills.Bot.Tests.MultiProcess;

/// <summary>A test of several real bot processes sharing one PostgreSQL database: skipped, saying why, without one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultiProcessFactAttribute : FactAttribute
{
    public MultiProcessFactAttribute() => Skip = TestPostgres.SkipReason is { } reason ? "several bot processes need a shared database: " + reason : null;
}
