namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Scenarios that assert real-time cadence (heartbeats every 200 ms, callback latency, pauses) run alone,
/// after the parallel tests: on a 2-core runner the fake's load tests would otherwise starve the thread pool
/// and measure the machine instead of the client.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialScenarios
{
    public const string Name = "Serial scenarios (timing)";
}
