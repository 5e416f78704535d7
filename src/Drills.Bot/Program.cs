using Drills.Bot.Drills.Verification;
using Drills.Bot.Hosting;

if (args.Length > 0 && args[0] == "verify")
{
    return await VerifyCommand.RunAsync(args[1..], Console.Out, TimeProvider.System, CancellationToken.None);
}

return await BotHost.RunAsync(args);
