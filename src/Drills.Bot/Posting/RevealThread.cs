using Drills.Bot.Drills.Content;
using Drills.Discord;

namespace Drills.Bot.Posting;

/// <summary>
/// The discussion thread a reveal opens on itself, where members argue the answer out: named like
/// "Drill 3: why ~3s?" within Discord's 100 characters, archived after a day without messages.
/// </summary>
public static class RevealThread
{
    public static ThreadCreate For(Drill drill) => new() { Name = Name(drill), AutoArchiveDuration = ThreadArchive.OneDay };

    public static string Name(Drill drill)
    {
        var prefix = $"Drill {drill.Number}: why ";
        var answer = string.Join(" / ", drill.Answer.Display.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Replace("`", "", StringComparison.Ordinal);
        var room = ThreadCreate.MaxNameLength - prefix.Length - 1;
        if (answer.Length == 0)
        {
            return $"Drill {drill.Number}: why?";
        }

        return prefix + (answer.Length <= room ? answer : answer[..(room - 1)].TrimEnd() + "…") + "?";
    }

    /// <summary>What <c>/drills status</c> says when Discord refused the thread.</summary>
    public static string Missing(ulong channelId) =>
        $"I cannot open discussion threads on the reveals in <#{channelId}>: give me Create Public Threads there (the reveals still post)";
}
