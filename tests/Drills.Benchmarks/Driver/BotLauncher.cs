using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Drills.Benchmarks.Child;

namespace Drills.Benchmarks.Driver;

/// <summary>Starts the bot under test, configured through its environment as an operator would configure it.</summary>
internal static class BotLauncher
{
    /// <summary>The bench host (<see cref="BotChild"/>): the real host with a schedule clock the driver moves.</summary>
    public static BotProcess Start(BotConfig config)
    {
        var info = NewStartInfo(config);
        var self = Environment.ProcessPath!;
        info.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        info.ArgumentList.Add(BotChild.Mode);

        // This executable's runtime settings are not the bot's (Drills.Bot.csproj): its thread-pool one, which
        // changes the CPU a burst costs, is given the way the runtime also reads it, through the environment.
        info.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        info.ArgumentList.Add(config.Clock.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        return new BotProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the bot process"), watch, production: false);
    }

    /// <summary>
    /// The operator's executable (<c>Drills.Bot</c>, built beside this one) on the system clock: start-up and idle
    /// memory as they are in production. It speaks no protocol: READY is seen on the fake's side.
    /// </summary>
    public static BotProcess StartProduction(BotConfig config)
    {
        var info = NewStartInfo(config);
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Drills.Bot.exe" : "Drills.Bot");
        if (File.Exists(apphost))
        {
            info.FileName = apphost;
        }
        else
        {
            info.FileName = "dotnet";
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Drills.Bot.dll"));
        }

        var watch = Stopwatch.StartNew();
        return new BotProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start Drills.Bot"), watch, production: true);
    }

    private static ProcessStartInfo NewStartInfo(BotConfig config)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in config.Environment())
        {
            info.Environment[key] = value;
        }

        return info;
    }
}
