namespace Drills.Discord;

/// <summary>How one gateway connection ended, and what to do next.</summary>
/// <param name="Established">The connection reached READY or RESUMED (resets the backoff).</param>
/// <param name="NewSession">Forget the session and Identify next time.</param>
/// <param name="Delay">Wait this long before reconnecting; null means "use the backoff".</param>
/// <param name="FatalCode">A close code that stops the bot.</param>
internal sealed record GatewayOutcome(string Reason, bool Established, bool NewSession = false, TimeSpan? Delay = null, int? FatalCode = null, bool Stopped = false);
