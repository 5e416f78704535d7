namespace Drills.Bot.Tests.Architecture.Planted.Low;

/// <summary>Planted for <see cref="ArchitectureTests"/>: a lower folder using a higher one, inside a method body only.</summary>
internal static class Sneaky
{
    public static string Name() => new High.Thing().ToString()!;
}
