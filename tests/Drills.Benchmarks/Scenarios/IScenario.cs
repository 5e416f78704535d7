using Drills.Benchmarks.Report;

namespace Drills.Benchmarks.Scenarios;

/// <summary>One benchmark scenario: sets up its own fake Discord, database and bot process, and adds its rows.</summary>
internal interface IScenario
{
    /// <summary>The name <c>--only</c> selects it by.</summary>
    string Name { get; }

    Task RunAsync(BenchSettings settings, ResultTable table);
}
