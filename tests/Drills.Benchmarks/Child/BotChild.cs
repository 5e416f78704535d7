using System.Globalization;
using Drills.Bot.TestHost;

namespace Drills.Benchmarks.Child;

/// <summary>
/// The bot under test, in its own process (the driver starts this executable with <see cref="Mode"/>): the same
/// <see cref="ClockedBot"/> the multi-process tests run, with the protocol described there.
/// </summary>
internal static class BotChild
{
    public const string Mode = "bot";
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(60); // the soak runs for up to half an hour on a busy machine

    public static Task<int> RunAsync(string[] args) =>
        ClockedBot.RunAsync(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[1], CultureInfo.InvariantCulture)), MaxLifetime);
}
