namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Scenarios on the real clock run one at a time: each one starts a fake Discord and a client host, and the
/// interaction deadline (Discord's 3 s) is a real-time bound on them; fewer hosts at once keeps a busy 2-core
/// runner well inside it. Nothing in them measures time: waits there are for something to happen, and the
/// only durations asserted are lower bounds. Exact waits run on a fake clock, in parallel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialScenarios
{
    public const string Name = "Serial scenarios (real clock)";
}
