using Drills.Bot.Drills.Verification;

if (args.Length > 0 && args[0] == "verify")
{
    return await VerifyCommand.RunAsync(args[1..], Console.Out, TimeProvider.System, CancellationToken.None);
}

Console.Error.WriteLine("usage: Drills.Bot verify [drills-folder]");
return 2;
