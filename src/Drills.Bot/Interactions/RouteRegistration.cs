using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>A feature's claim: this route takes these slash commands (and their autocomplete) and these custom id kinds.</summary>
public sealed record RouteRegistration(Type Route, IReadOnlyList<ApplicationCommand> Commands, IReadOnlyList<string> CustomIdKinds);
