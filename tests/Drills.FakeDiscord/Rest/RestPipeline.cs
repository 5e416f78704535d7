using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.Rest.Routes;
using Drills.FakeDiscord.Uploads;
using Drills.FakeDiscord.Validation;
using Microsoft.AspNetCore.Http;

namespace Drills.FakeDiscord.Rest;

/// <summary>
/// Every <c>/api/v10</c> request: route, authorize (<c>Bot &lt;token&gt;</c>), injected faults, global and
/// bucket limits with Discord's headers, body validation (50035), handler, record.
/// </summary>
internal sealed class RestPipeline(ServerCore core, IReadOnlyList<RouteEntry> routes)
{
    public const string Prefix = "/api/v10";

    public async Task HandleAsync(HttpContext http)
    {
        var method = http.Request.Method.ToUpperInvariant();
        var path = http.Request.Path.Value![Prefix.Length..];
        var (route, parameters) = Match(method, path);
        var context = new RestContext(http, method, path, route, parameters ?? []);
        string? raw = null;
        RateLimitDecision? limits = null;
        RestResult result;
        try
        {
            raw = await ReadBodyAsync(context).ConfigureAwait(false);
            (result, limits) = await RunAsync(context, raw).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            core.Recorder.Violation(method, path, "body is not valid JSON");
            result = RestResult.Error(400, 50109, "The request body contains invalid JSON.");
        }

        InteractionRoutes.Observe(core, context, result);
        Record(context, raw, result);
        await WriteAsync(http.Response, result, limits).ConfigureAwait(false);
    }

    private async Task<(RestResult, RateLimitDecision?)> RunAsync(RestContext c, string? raw)
    {
        if (raw is not null)
        {
            using var doc = JsonDocument.Parse(raw);
            c.Body = doc.RootElement.Clone();
        }

        if (c.Route is not { } route)
        {
            return (RestResult.Error(404, 0, "404: Not Found"), null);
        }

        var template = route.Template.Template;
        if (!route.Exempt && c.Http.Request.Headers.Authorization != "Bot " + core.Options.Token)
        {
            return (RestResult.Error(401, 0, "401: Unauthorized"), null);
        }

        if (core.Faults.Take(RouteFaults.Kind.Delay, c.Method, c.Path, template) is { } delay)
        {
            await Task.Delay(delay.Value, core.Time).ConfigureAwait(false);
        }

        if (core.Faults.Take(RouteFaults.Kind.ServerError, c.Method, c.Path, template) is { } failure)
        {
            return (new RestResult(failure.Status, new JsonObject { ["message"] = "upstream connect error", ["code"] = 0 }), null);
        }

        if (core.Faults.Take(RouteFaults.Kind.FormError, c.Method, c.Path, template) is { } refused)
        {
            return (RestResult.Error(400, 50035, "Invalid Form Body", refused.Errors), null);
        }

        var major = route.MajorKey(c);
        if (core.Faults.Take(RouteFaults.Kind.RateLimit, c.Method, c.Path, template) is { } limited)
        {
            return (TooMany(limited.Value, global: false), core.Limiter.Peek(c.Method, template, major, limited.Value, global: false));
        }

        if (!route.Exempt && core.Faults.TakeGlobal(out var globalRetry))
        {
            return (TooMany(globalRetry, global: true), null);
        }

        // Discord: 50 requests/s per bot; interaction callbacks and webhooks are exempt.
        if (!route.Exempt && !core.Limiter.TryGlobal(out var retry))
        {
            return (TooMany(retry, global: true), null);
        }

        var bucket = core.Limiter.TakeBucket(c.Method, template, major);
        if (!bucket.Allowed)
        {
            return (TooMany(bucket.ResetAfter, global: false), bucket);
        }

        if (c.Body is { } body && core.Validator.Validate(c.Method, c.Path, template, body, raw!) is { Count: > 0 } errors)
        {
            core.Recorder.Violation(c.Method, c.Path, string.Join("; ", errors.Take(8)));
            return (RestResult.Error(400, 50035, "Invalid Form Body", FormErrors.Build(errors)), bucket);
        }

        if (c.Upload is { } upload)
        {
            var check = UploadRules.Check(c.Method, template, c.Body, upload);
            if (check.Refusal is { } refusal)
            {
                core.Recorder.Violation(c.Method, c.Path, check.Reason!);
                return (refusal, bucket);
            }

            c.Files = check.Files;
        }

        return (route.Handler(c), bucket);
    }

    private static RestResult TooMany(TimeSpan retryAfter, bool global) => new(429, new JsonObject
    {
        ["message"] = "You are being rate limited.",
        ["retry_after"] = Math.Round(Math.Max(0.001, retryAfter.TotalSeconds), 3),
        ["global"] = global,
    });

    private (RouteEntry?, Dictionary<string, string>?) Match(string method, string path)
    {
        var segments = RouteTemplate.Split(path);
        (RouteEntry? Route, Dictionary<string, string>? Values) best = (null, null);
        foreach (var route in routes)
        {
            if (route.Method == method && route.Template.Match(segments) is { } values
                && (best.Route is null || route.Template.LiteralCount > best.Route.Template.LiteralCount))
            {
                best = (route, values);
            }
        }

        return best;
    }

    /// <summary>The JSON body text: the whole body, or a multipart body's <c>payload_json</c> part.</summary>
    private static async Task<string?> ReadBodyAsync(RestContext context)
    {
        var request = context.Http.Request;
        if (MultipartForm.IsMultipart(request))
        {
            context.Upload = await MultipartForm.ReadAsync(request).ConfigureAwait(false);
            return context.Upload.PayloadJson;
        }

        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        return text.Length == 0 ? null : text;
    }

    private void Record(RestContext c, string? raw, RestResult result)
    {
        var headers = c.Http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        core.Recorder.Requests.Add(new RecordedRequest(
            c.Method, c.Path, c.Http.Request.QueryString.Value ?? string.Empty, c.Route?.Template.Template,
            raw is null ? null : c.Body, result.Status, result.ErrorCode, core.Time.GetUtcNow(), headers));
        if (c.Route is not null && !c.Route.Exempt && !headers.GetValueOrDefault("User-Agent", string.Empty).StartsWith("DiscordBot", StringComparison.Ordinal))
        {
            core.Recorder.Violation(c.Method, c.Path, "User-Agent must be 'DiscordBot (<url>, <version>)'");
        }
    }

    private async Task WriteAsync(HttpResponse response, RestResult result, RateLimitDecision? limits)
    {
        response.StatusCode = result.Status;
        if (limits is not null)
        {
            var h = response.Headers;
            h["X-RateLimit-Limit"] = limits.Limit.ToString(CultureInfo.InvariantCulture);
            h["X-RateLimit-Remaining"] = limits.Remaining.ToString(CultureInfo.InvariantCulture);
            h["X-RateLimit-Reset"] = (limits.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
            h["X-RateLimit-Reset-After"] = limits.ResetAfter.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
            h["X-RateLimit-Bucket"] = limits.Bucket;
        }

        if (result.Status == 429 && result.Body?["retry_after"] is JsonValue ra)
        {
            var global = result.Body["global"]!.GetValue<bool>();
            response.Headers["Retry-After"] = Math.Ceiling(ra.GetValue<double>()).ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Scope"] = global ? "global" : "user";
            if (global)
            {
                response.Headers["X-RateLimit-Global"] = "true";
            }
        }

        if (result.Body is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(result.Body.ToJsonString()).ConfigureAwait(false);
        }
    }
}
