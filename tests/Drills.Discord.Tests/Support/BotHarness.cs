using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Drills.Discord.Tests.Support;

/// <summary>
/// The client as the bot runs it: a host with <see cref="DiscordClientSetup.AddDiscordClient"/> bound from
/// configuration, recording handlers, every log line captured. With a clock and a jitter, the client runs on that
/// clock with those random draws (scenarios that assert waits exactly). The client never stops the host itself
/// (a fatal close is only reported: <see cref="GatewayClient.Fatal"/>); a stop request stops it as the real host would.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(IHost host, LogCapture logs, Func<double>? jitter)
    {
        Host = host;
        Logs = logs;
        Gateway = host.Services.GetRequiredService<GatewayClient>();
        Rest = host.Services.GetRequiredService<DiscordRestClient>();
        Dispatches = host.Services.GetRequiredService<DispatchRecorder>();
        Interactions = host.Services.GetRequiredService<InteractionRecorder>();
        if (jitter is not null)
        {
            Gateway.Jitter = jitter;
        }
    }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    public GatewayClient Gateway { get; }

    public DiscordRestClient Rest { get; }

    public DispatchRecorder Dispatches { get; }

    public InteractionRecorder Interactions { get; }

    public bool StopRequested => Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    public static async Task<BotHarness> StartAsync(string apiBaseUrl, string token, IDictionary<string, string?>? settings = null, TimeProvider? time = null, Func<double>? jitter = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = token,
            ["Discord:ApiBaseUrl"] = apiBaseUrl,
            ["Discord:ServerErrorRetryDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new LogCapture();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddDiscordClient(builder.Configuration.GetSection("Discord"));
        builder.Services.AddSingleton<DispatchRecorder>();
        builder.Services.AddSingleton<IDispatchHandler>(sp => sp.GetRequiredService<DispatchRecorder>());
        builder.Services.AddSingleton<InteractionRecorder>();
        builder.Services.AddSingleton<IInteractionHandler>(sp => sp.GetRequiredService<InteractionRecorder>());
        var harness = new BotHarness(builder.Build(), logs, jitter);
        await harness.Host.StartAsync();
        harness.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping
            .Register(() => _ = Task.Run(() => harness.Host.StopAsync()));
        return harness;
    }

    public static string Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds).ToString("c", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
    }
}
