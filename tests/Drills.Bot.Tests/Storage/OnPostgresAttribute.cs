using System.Reflection;
using Drills.Bot.Storage;
using Xunit.Sdk;

namespace Drills.Bot.Tests.Storage;

/// <summary>
/// A theory row that runs the test on PostgreSQL, in a database of its own; skipped with the reason when no server
/// is configured (<see cref="TestPostgres"/>), so <c>dotnet test</c> without PostgreSQL still passes.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute() => Skip = TestPostgres.SkipReason;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StorageProvider.Postgres]];
}
