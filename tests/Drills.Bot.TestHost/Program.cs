using System.Globalization;
using Drills.Bot.TestHost;

// The bot under test for the multi-process tests (ClockedBot: the real host, a schedule clock moved over stdin). The
// argument is the clock's start (Unix ms). Each post's information line goes to stderr too: the tests read which
// groups each process posted.
var start = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[0], CultureInfo.InvariantCulture));
return await ClockedBot.RunAsync(start, TimeSpan.FromMinutes(10), "Drills.Bot.Posting.PostingService");
