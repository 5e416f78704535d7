using Drills.Bot.Settings;
using Drills.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Hosting;

/// <summary>Builds and runs the bot; turns start-up failures into one clear line and a non-zero exit.</summary>
public static class BotHost
{
    /// <summary>The host, configured from the command line, the environment and <c>appsettings.json</c>.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        NativeHeap.LimitArenas();
        var builder = Host.CreateApplicationBuilder(args);
        if (Environment.GetEnvironmentVariable("DISCORD_TOKEN") is { Length: > 0 } token
            && string.IsNullOrEmpty(builder.Configuration["Discord:Token"]))
        {
            builder.Configuration["Discord:Token"] = token;
        }

        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        // A start-up failure is printed once, as one line, by RunAsync; the host's own report is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        // A failed command or save reaches the bot's code as an exception, which handles it (a unique key lost to a
        // concurrent claim is expected) or logs it once; EF's own copies would be a second and third stack trace. The same
        // for a failed connection: a PostgreSQL server that is down at start is one line on stderr, nothing more.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Update", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical);
        builder.Services.AddDrillsBot(builder.Configuration);
        return builder;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            using var host = CreateBuilder(args).Build();
            var gateway = host.Services.GetRequiredService<GatewayClient>();
            await host.RunAsync();
            if (gateway.Fatal is { IsCompletedSuccessfully: true } fatal)
            {
                // Discord refused the bot (FatalGatewayStop stopped the host): one line, exit code 1.
                await Console.Error.WriteLineAsync($"drills: {fatal.Result.Message}");
                return 1;
            }

            return Environment.ExitCode;
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"drills: {message}");
            return 1;
        }
    }

    /// <summary>The one line to print for a start-up failure, or null for a real bug (which keeps its stack trace).</summary>
    internal static string? Describe(Exception e) => e switch
    {
        StartupException s => s.Message,
        OptionsValidationException o => string.Join("; ", o.Failures),
        DiscordFatalGatewayException f => f.Message,
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerException!),
        _ => null,
    };
}
