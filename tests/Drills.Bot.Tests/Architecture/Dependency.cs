namespace Drills.Bot.Tests.Architecture;

/// <summary>Folder <see cref="From"/> uses folder <see cref="To"/>: these types of it reference types of the other.</summary>
internal sealed record Dependency(string From, string To, IReadOnlyList<string> Types);
