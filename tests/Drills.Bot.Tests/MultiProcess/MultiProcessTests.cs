namespace Drills.Bot.Tests.MultiProcess;

/// <summary>The multi-process tests run one at a time: each measures or races three processes, and the machine is shared.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiProcessTests
{
    public const string Name = "multi-process";
}
