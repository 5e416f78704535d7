using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// Hand-built multipart requests against the fake, for bodies the real client refuses to send (too many files,
/// mismatched ids, oversized): a <c>payload_json</c> part and <c>files[n]</c> parts exactly as given.
/// </summary>
internal sealed class RawUpload(FakeDiscordServer server) : IDisposable
{
    private readonly HttpClient _http = new();

    public static object Attachments(int count) => Enumerable.Range(0, count).Select(i => new { id = i.ToString(), filename = $"f{i}.png" }).ToArray();

    public static object Message(object attachments, object? embeds = null) => embeds is null
        ? new { content = "chart", allowed_mentions = new { parse = Array.Empty<string>() }, attachments }
        : new { content = "chart", allowed_mentions = new { parse = Array.Empty<string>() }, attachments, embeds };

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, object payload, params (string Part, string FileName, string ContentType, byte[] Bytes)[] files)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json"), "payload_json");
        foreach (var (part, fileName, contentType, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            form.Add(content, part, fileName);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, server.ApiBaseUrl + path) { Content = form };
        request.Headers.UserAgent.ParseAdd("DiscordBot (https://example.test, 1.0)");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", server.Token);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public void Dispose() => _http.Dispose();
}
