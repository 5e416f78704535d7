namespace Drills.Bot.Interactions;

/// <summary>The bot's own keys in the <c>Discord</c> section (the client binds the rest).</summary>
public sealed class BotDiscordOptions
{
    /// <summary>A guild to register the commands to as well, where they show at once (for development).</summary>
    public ulong? DevGuildId { get; set; }

    /// <summary>Where command-registration hashes persist across restarts; null keeps them in memory and compares
    /// with <c>GET .../commands</c> on the first registration (<see cref="CommandSync"/>).</summary>
    public string? CommandHashFile { get; set; }
}
