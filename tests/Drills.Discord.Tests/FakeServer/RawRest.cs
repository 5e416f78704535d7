using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>A bare HttpClient against the fake's /api/v10 with the bot's headers.</summary>
internal sealed class RawRest(FakeDiscordServer server) : IDisposable
{
    private readonly HttpClient _http = new();

    public bool Authorize { get; set; } = true;

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(string method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), server.ApiBaseUrl + path);
        request.Headers.UserAgent.ParseAdd("DiscordBot (https://example.test, 1.0)");
        if (Authorize)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", server.Token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, json, response);
    }

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    public void Dispose() => _http.Dispose();
}
