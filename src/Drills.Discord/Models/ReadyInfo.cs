namespace Drills.Discord;

/// <summary>What the first READY told us: the application, the bot's user and the gateway session.</summary>
public sealed record ReadyInfo(ulong ApplicationId, ulong BotUserId, string SessionId);
