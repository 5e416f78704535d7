using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Discord;

/// <summary>
/// Discord Gateway v10 as a hosted service: connects to the url from <c>GET /gateway/bot</c>, keeps one
/// session alive across reconnects (Resume at <c>resume_gateway_url</c> whenever possible: 1000 Identifies per
/// day). On a fatal close code (docs/discord.md "Close codes": 4004, 4010-4014) or a refused token it stops
/// reconnecting and reports why (<see cref="Fatal"/>); what then becomes of the process is the application's call.
/// Dispatches go to <see cref="IDispatchHandler"/>s and <see cref="IInteractionHandler"/>s off the receive loop.
/// </summary>
public sealed partial class GatewayClient : BackgroundService
{
    private readonly DiscordRestClient rest;
    private readonly DiscordOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<GatewayClient> logger;
    private readonly DispatchPump pump;
    private readonly GatewaySession session = new();
    private readonly TaskCompletionSource<ReadyInfo> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<DiscordFatalGatewayException> fatal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? gatewayUrl;
    private DateTimeOffset? lastIdentify;

    public GatewayClient(
        DiscordRestClient rest,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        ILogger<GatewayClient> logger,
        IServiceScopeFactory scopes)
    {
        this.rest = rest;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        pump = new DispatchPump(scopes, time, logger);
    }

    /// <summary>Completes on the first READY; faults with <see cref="DiscordFatalGatewayException"/> on a fatal close before
    /// it (<see cref="Fatal"/> reports one at any time).</summary>
    public Task<ReadyInfo> Ready => ready.Task;

    /// <summary>Completes, with the close code and reason, when Discord refuses the bot for good (a fatal close
    /// or a rejected token, before or after READY): the gateway has stopped and will not reconnect. Never
    /// completes otherwise.</summary>
    public Task<DiscordFatalGatewayException> Fatal => fatal.Task;

    /// <summary>The random draws in [0, 1) behind every jittered wait: the first heartbeat, the reconnect backoff,
    /// the pause before re-identifying. Tests fix it to assert the exact waits on a fake clock.</summary>
    internal Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The pump ends with the loop: when the host stops, and also when Discord refuses the bot for good while
        // the host runs on (stopping it is the application's call).
        using var pumpStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var pumpTask = pump.RunAsync(pumpStop.Token);
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var resume = session.CanResume;
                var url = resume ? session.ResumeUrl! : await GetGatewayUrlAsync(stoppingToken).ConfigureAwait(false);
                var connection = new GatewayConnection(options, time, logger, session, pump, info => ready.TrySetResult(info), WaitForIdentifySlotAsync, Jitter);
                var outcome = await connection.RunAsync(GatewayUri(url), resume, stoppingToken).ConfigureAwait(false);
                if (outcome.Stopped)
                {
                    break;
                }

                if (outcome.FatalCode is { } code)
                {
                    ReportFatal(code, $"the gateway closed with {code} ({GatewayCloseCodes.Describe(code)})");
                    break;
                }

                failures = outcome.Established ? 0 : failures + 1;
                if (outcome.NewSession)
                {
                    session.Reset();
                }

                var delay = outcome.Delay ?? ReconnectBackoff.Delay(outcome.Established ? 0 : failures - 1, options.ReconnectMinDelay, options.ReconnectMaxDelay, Jitter());
                LogReconnecting(outcome.Reason, session.CanResume ? "resume" : "identify", delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
        catch (DiscordApiException ex) when (ex.StatusCode == 401)
        {
            // A 401 means the token is bad: stop, as for 4004 (docs/discord.md "Reconnecting").
            ReportFatal(GatewayCloseCodes.AuthenticationFailed, "GET /gateway/bot answered 401 (the token is invalid; check Discord:Token)");
        }
        finally
        {
            // Stopping closes with 1000, which ends the session on Discord's side: a later start identifies anew.
            session.Reset();
            ready.TrySetCanceled(CancellationToken.None);
            await pumpStop.CancelAsync().ConfigureAwait(false);
            await pumpTask.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>The url with <c>?v=10&amp;encoding=json</c> (docs/discord.md "Gateway"; the resume url too: a resume
    /// url missing its query string is a well-known failure). A query already on the url is replaced.</summary>
    internal static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    /// <summary>Fetches <c>GET /gateway/bot</c> before each new session (fresh session start limit), falling back
    /// to the cached url when that fails; waits out an exhausted session start limit.</summary>
    private async Task<string> GetGatewayUrlAsync(CancellationToken ct)
    {
        var failures = 0;
        while (true)
        {
            try
            {
                var info = await rest.GetGatewayBotAsync(ct).ConfigureAwait(false);
                gatewayUrl = info.Url;
                if (info.SessionStartLimit is { Remaining: <= 0, ResetAfter: > 0 } limit)
                {
                    LogSessionLimit(limit.ResetAfter / 1000.0);
                    await Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), time, ct).ConfigureAwait(false);
                }

                return gatewayUrl;
            }
            catch (Exception ex) when ((ex is HttpRequestException || (ex is DiscordApiException api && api.StatusCode != 401)) && !ct.IsCancellationRequested)
            {
                if (gatewayUrl is not null)
                {
                    return gatewayUrl;
                }

                var delay = ReconnectBackoff.Delay(failures++, options.ReconnectMinDelay, options.ReconnectMaxDelay, Jitter());
                LogGatewayUrlFailed(ex.Message, delay.TotalSeconds);
                await Task.Delay(delay, time, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One Identify per 5 s per shard bucket (docs/discord.md "Identify"; this process runs one shard).</summary>
    private async Task WaitForIdentifySlotAsync(CancellationToken ct)
    {
        if (lastIdentify is { } last && time.GetUtcNow() - last < options.IdentifyInterval)
        {
            await Task.Delay(last + options.IdentifyInterval - time.GetUtcNow(), time, ct).ConfigureAwait(false);
        }

        lastIdentify = time.GetUtcNow();
    }

    private void ReportFatal(int code, string reason)
    {
        var error = new DiscordFatalGatewayException(code, reason);
        LogFatal(reason);
        ready.TrySetException(error);
        fatal.TrySetResult(error);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord refused the bot: {Reason}. Not retrying.")]
    private partial void LogFatal(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway connection ended: {Reason}; reconnecting ({Mode}) in {Seconds:0.###} s")]
    private partial void LogReconnecting(string reason, string mode, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identify limit exhausted; waiting {Seconds:0.#} s for the session start limit to reset")]
    private partial void LogSessionLimit(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Error}); retrying in {Seconds:0.###} s")]
    private partial void LogGatewayUrlFailed(string error, double seconds);
}
