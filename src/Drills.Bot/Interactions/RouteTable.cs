using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>
/// Which route takes an interaction: slash commands and their autocomplete by command name, buttons and modals by
/// custom id kind. Built from every feature's <see cref="RouteRegistration"/>; two routes claiming one name or kind
/// stop the bot at start (the command registrar builds this table before anything is registered with Discord).
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, Type> byCommand = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> byKind = new(StringComparer.Ordinal);

    public RouteTable(IEnumerable<RouteRegistration> registrations)
    {
        var commands = new List<ApplicationCommand>();
        foreach (var registration in registrations)
        {
            foreach (var command in registration.Commands)
            {
                Claim(byCommand, command.Name, "command", registration.Route);
                commands.Add(command);
            }

            foreach (var kind in registration.CustomIdKinds)
            {
                Claim(byKind, kind, "custom id kind", registration.Route);
            }
        }

        Commands = commands;
    }

    /// <summary>Every route's slash commands, in registration order: what the bot registers with Discord.</summary>
    public IReadOnlyList<ApplicationCommand> Commands { get; }

    /// <summary>The route type that takes the interaction, or null (an unknown command, or a button from an older version).</summary>
    public Type? Find(Interaction interaction) => interaction.Type switch
    {
        InteractionType.ApplicationCommand or InteractionType.Autocomplete => Lookup(byCommand, interaction.Data?.Name),
        InteractionType.MessageComponent or InteractionType.ModalSubmit =>
            CustomId.TryParse(interaction.Data?.CustomId, out var id) ? Lookup(byKind, id.Kind) : null,
        _ => null,
    };

    private static Type? Lookup(Dictionary<string, Type> routes, string? key) => key is not null && routes.TryGetValue(key, out var route) ? route : null;

    private static void Claim(Dictionary<string, Type> routes, string key, string what, Type route)
    {
        if (!routes.TryAdd(key, route))
        {
            throw new InvalidOperationException($"The {what} '{key}' is claimed by both {routes[key].Name} and {route.Name}.");
        }
    }
}
