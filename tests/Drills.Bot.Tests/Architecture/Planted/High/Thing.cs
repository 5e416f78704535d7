namespace Drills.Bot.Tests.Architecture.Planted.High;

/// <summary>Planted for <see cref="ArchitectureTests"/>: what the lower folder should not use.</summary>
internal sealed class Thing;
