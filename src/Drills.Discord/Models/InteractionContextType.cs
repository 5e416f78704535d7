namespace Drills.Discord;

/// <summary>Where an interaction happened (<c>context</c>): 0 guild, 1 the bot's DM, 2 a private channel.</summary>
public enum InteractionContextType
{
    Guild = 0,
    BotDm = 1,
    PrivateChannel = 2,
}
