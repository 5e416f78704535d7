using System.Reflection;
using Drills.Bot.Storage;
using Xunit.Sdk;

namespace Drills.Bot.Tests.Storage;

/// <summary>A theory row that runs the test on SQLite (always available: a file in a temp folder).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StorageProvider.Sqlite]];
}
