using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Discord;

/// <summary>
/// Sends one REST request with Discord's rules (PROTOCOL.md "REST rate limits", "Errors"): headers
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
    private readonly GlobalRateLimiter global = new(time, options.Value.GlobalRequestsPerSecond);
    private readonly BucketRateLimiter buckets = new(time);

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
            if (!route.IsInteractionWebhook)
            {
                await global.WaitAsync(ct).ConfigureAwait(false);
            }

            await buckets.AcquireAsync(route, ct).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                using var request = BuildRequest(route, json);
                response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
            {
                if (++serverErrors > settings.MaxServerErrorRetries)
                {
                    LogGaveUp(route.Name, "network error", serverErrors - 1);
                    throw;
                }

                await BackoffAsync(route, "network error", serverErrors, ct).ConfigureAwait(false);
                continue;
            }

            buckets.Update(route, response.Headers);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var error = await ReadErrorAsync(response, ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && ++rateLimits <= settings.MaxRateLimitRetries)
                {
                    await WaitRateLimitAsync(route, response, error, ct).ConfigureAwait(false);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && ++serverErrors <= settings.MaxServerErrorRetries)
                {
                    await BackoffAsync(route, $"{(int)response.StatusCode}", serverErrors, ct).ConfigureAwait(false);
                    continue;
                }

                if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    LogGaveUp(route.Name, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), Math.Max(serverErrors, rateLimits) - 1);
                }

                throw new DiscordApiException((int)response.StatusCode, error.Code, route.Name, error.Message, error.Errors);
            }
        }
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

    private async Task WaitRateLimitAsync(RestRoute route, HttpResponseMessage response, DiscordErrorBody error, CancellationToken ct)
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
        await Task.Delay(retryAfter, time, ct).ConfigureAwait(false);
    }

    private async Task BackoffAsync(RestRoute route, string reason, int attempt, CancellationToken ct)
    {
        var delay = settings.ServerErrorRetryDelay * Math.Pow(2, attempt - 1);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route} (global: {Global}, scope: {Scope}); retrying after {Seconds:0.###} s")]
    private partial void LogRateLimited(string route, bool global, double seconds, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} failed ({Reason}); retry {Attempt}/{Max} in {Seconds:0.###} s")]
    private partial void LogRetrying(string route, string reason, int attempt, int max, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord {Route} failed ({Reason}) after {Retries} retries; giving up")]
    private partial void LogGaveUp(string route, string reason, int retries);
}
