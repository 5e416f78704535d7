using Drills.Benchmarks;
using Drills.Benchmarks.Child;

// dotnet run -c Release --project tests/Drills.Benchmarks [-- --quick] [-- --only burst,redo] (see BenchSettings.Usage).
// The same executable is the bot under test when started with "bot" (BotChild): the driver launches it as a child process.
if (args.Length > 0 && args[0] == BotChild.Mode)
{
    return await BotChild.RunAsync(args);
}

if (args.Length > 0 && args[0] == ChartsChild.Mode)
{
    return ChartsChild.Run();
}

if (!BenchSettings.TryParse(args, out var settings, out var error))
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(BenchSettings.Usage);
    return 2;
}

return await BenchRunner.RunAsync(settings);
