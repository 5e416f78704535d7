using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Discord;

/// <summary>
/// Sends one REST request with Discord's rules (docs/discord.md "HTTP requests", "Rate limits", "Errors"): headers
/// (Authorization except on interaction webhooks, User-Agent, JSON), the global limiter, the route's
/// bucket, 429 by <c>retry_after</c> (seconds) and the global flag, bounded retries with backoff for 5xx and
/// network errors, no retry on other 4xx; an error body becomes a <see cref="DiscordApiException"/>.
/// Logs name the route template only: never the path (interaction tokens) nor the Authorization header.
/// </summary>
internal sealed partial class RestRequestSender(
    IHttpClientFactory httpClientFactory,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger logger)
{
    public const string HttpClientName = "Drills.Discord";
    public const string UserAgent = "DiscordBot (https://github.com/drills-bot/drills, 1.0)";

    private readonly DiscordOptions settings = options.Value;
    private readonly SlidingWindowLimiter global = SendLimits.Global(time, options.Value.EffectiveGlobalRate, options.Value.GlobalRateShare is not null);
    private readonly BucketRateLimiter buckets = new(time, options.Value.RateLimitBucketIdleTime);

    public int LiveBuckets => buckets.Count;

    public async Task<T> SendAsync<T>(RestRoute route, object? body, CancellationToken ct)
    {
        using var response = await SendRawAsync(route, body, ct).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync<T>(stream, DiscordJson.Options, ct).ConfigureAwait(false)
            ?? throw new DiscordApiException((int)response.StatusCode, null, route.Name, "empty response body");
    }

    public async Task SendAsync(RestRoute route, object? body, CancellationToken ct)
    {
        using var response = await SendRawAsync(route, body, ct).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(RestRoute route, object? body, CancellationToken ct)
    {
        var json = RequestBody.From(body); // JSON, or multipart when the message carries files (RestRequestSender.Bodies.cs)
        var serverErrors = 0;
        var rateLimits = 0;
        while (true)
        {
            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(route, json, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
            {
                if (!CanRetry(route, "network error", ++serverErrors, settings.MaxServerErrorRetries, Backoff(serverErrors)))
                {
                    throw;
                }

                await RetryAfterAsync(route, "network error", serverErrors, Backoff(serverErrors), ct).ConfigureAwait(false);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var reason = status.ToString(CultureInfo.InvariantCulture);
                var error = await ReadErrorAsync(response, ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.TooManyRequests
                    && NoteRateLimit(route, response, error) is var retryAfter
                    && CanRetry(route, reason, ++rateLimits, settings.MaxRateLimitRetries, retryAfter))
                {
                    await Task.Delay(retryAfter, time, ct).ConfigureAwait(false);
                    continue;
                }

                if (status >= 500 && CanRetry(route, reason, ++serverErrors, settings.MaxServerErrorRetries, Backoff(serverErrors)))
                {
                    await RetryAfterAsync(route, reason, serverErrors, Backoff(serverErrors), ct).ConfigureAwait(false);
                    continue;
                }

                throw new DiscordApiException(status, error.Code, route.Name, error.Message, error.Errors);
            }
        }
    }

    /// <summary>
    /// Whether attempt <paramref name="attempt"/> may be retried after <paramref name="delay"/>: within the
    /// retries allowed, and, for an interaction's initial response, only while the retry can still land inside
    /// its 3 s (a later one is refused with 10062: retrying then only adds load and log lines).
    /// </summary>
    private bool CanRetry(RestRoute route, string reason, int attempt, int maxRetries, TimeSpan delay)
    {
        if (attempt > maxRetries)
        {
            LogGaveUp(route.Name, reason, attempt - 1);
            return false;
        }

        if (route.Deadline is { } deadline && time.GetUtcNow() + delay + CallbackDeadline.Transit > deadline)
        {
            LogPastDeadline(route.Name, reason);
            return false;
        }

        return true;
    }

    /// <summary>
    /// One attempt, holding a slot in the route's bucket until the response's headers are read. The global limit
    /// is waited for last, right before sending, so a global pause set meanwhile holds this request too.
    /// </summary>
    private async Task<HttpResponseMessage> SendOnceAsync(RestRoute route, RequestBody? json, CancellationToken ct)
    {
        using var lease = await buckets.AcquireAsync(route, ct).ConfigureAwait(false);
        if (!route.IsInteractionWebhook)
        {
            await global.WaitAsync(ct).ConfigureAwait(false);
        }

        using var request = BuildRequest(route, json);
        var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, ct).ConfigureAwait(false);
        lease.Update(response);
        return response;
    }

    private HttpRequestMessage BuildRequest(RestRoute route, string? json)
    {
        var request = new HttpRequestMessage(route.Method, settings.ApiBaseUrl.TrimEnd('/') + route.Path);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (!route.IsInteractionWebhook)
        {
            // Callbacks and interaction webhooks are authorized by their token in the path: no header.
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + settings.Token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    /// <summary>A 429: pauses the global limiter or exhausts the route's bucket; returns how long to wait.</summary>
    private TimeSpan NoteRateLimit(RestRoute route, HttpResponseMessage response, DiscordErrorBody error)
    {
        // 429 body: {message, retry_after (float seconds), global}; headers X-RateLimit-Global/-Scope, Retry-After.
        var seconds = error.RetryAfter
            ?? (double.TryParse(BucketRateLimiter.Header(response.Headers, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var h) ? h : 1);
        var retryAfter = TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600));
        var isGlobal = error.Global == true
            || string.Equals(BucketRateLimiter.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        if (isGlobal)
        {
            global.PauseFor(retryAfter);
        }
        else
        {
            buckets.Exhaust(route, retryAfter);
        }

        LogRateLimited(route.Name, isGlobal, retryAfter.TotalSeconds, BucketRateLimiter.Header(response.Headers, "X-RateLimit-Scope") ?? "user");
        return retryAfter;
    }

    /// <summary>After a 5xx or a network error: the first retry after the configured delay, doubling per retry.</summary>
    private TimeSpan Backoff(int attempt) => settings.ServerErrorRetryDelay * Math.Pow(2, attempt - 1);

    private async Task RetryAfterAsync(RestRoute route, string reason, int attempt, TimeSpan delay, CancellationToken ct)
    {
        LogRetrying(route.Name, reason, attempt, settings.MaxServerErrorRetries, delay.TotalSeconds);
        await Task.Delay(delay, time, ct).ConfigureAwait(false);
    }

    private static async Task<DiscordErrorBody> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(text) ? new DiscordErrorBody() : DiscordErrorBody.Parse(text);
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException or IOException)
        {
            return new DiscordErrorBody();
        }
    }
}
