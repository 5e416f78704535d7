namespace Drills.Bot.Tests.Architecture.Planted.High;

/// <summary>Planted for <see cref="ArchitectureTests"/>: a higher folder using a lower one, as allowed.</summary>
internal static class Proper
{
    public static string Name() => Low.Sneaky.Name();
}
