namespace Drills.Bot.Drills.Content;

/// <summary>A drill as parsed, with the lines of the fields the loader checks across files (to report a clash where it is).</summary>
internal sealed record ParsedDrill(Drill Drill, int IdLine, int NumberLine);
