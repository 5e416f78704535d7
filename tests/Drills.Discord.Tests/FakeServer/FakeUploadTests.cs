using System.Text;
using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// The fake's multipart uploads through a raw HttpClient: a PNG accepted, recorded with its bytes and size and
/// shown on the message; a file-only message accepted; refused like Discord would (each a violation, nothing
/// stored): 11 files, a non-PNG or truncated PNG sent as image/png, attachment ids not matching the parts, an
/// embed naming a file not sent, a filename outside [A-Za-z0-9_.-], a bad payload_json (validated like any
/// JSON body), and more than 10 MiB of files (413, 40005).
/// </summary>
public sealed class FakeUploadTests
{
    private static readonly byte[] Png = TestPng.Create(64, 32);

    [Fact]
    public async Task PngUpload_IsAcceptedAndRecordedWithItsSize()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var upload = new RawUpload(server);
        var embeds = new[] { new { title = "Week", image = new { url = "attachment://f0.png" } } };

        var (status, body) = await upload.PostAsync($"/channels/{channel.Id}/messages", RawUpload.Message(RawUpload.Attachments(1), embeds), ("files[0]", "f0.png", "image/png", Png));

        Assert.Equal(200, status);
        var attachment = Assert.Single(body.GetProperty("attachments").EnumerateArray());
        Assert.Equal((64, 32), (attachment.GetProperty("width").GetInt32(), attachment.GetProperty("height").GetInt32()));
        Assert.Equal(Png.Length, attachment.GetProperty("size").GetInt32());
        Assert.Equal(attachment.GetProperty("url").GetString(), body.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        var file = Assert.Single(Assert.Single(server.Messages).Files);
        Assert.Equal(("f0.png", "image/png", 64, 32), (file.FileName, file.ContentType, file.Width, file.Height));
        Assert.Equal(Png, file.Content);
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task FileOnlyMessage_IsAccepted()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var upload = new RawUpload(server);
        var payload = new { allowed_mentions = new { parse = Array.Empty<string>() }, attachments = RawUpload.Attachments(1) };

        var (status, _) = await upload.PostAsync($"/channels/{channel.Id}/messages", payload, ("files[0]", "f0.png", "image/png", Png));

        Assert.Equal(200, status);
        Assert.Single(Assert.Single(server.Messages).Files);
        Assert.Empty(server.Violations);
    }

    [Theory]
    [InlineData(11)] // the JSON's attachments list is too long (a schema that knows its limit refuses it first)
    [InlineData(10)] // the JSON is fine, the 11th part is one too many
    public async Task ElevenFiles_Are50035(int listed)
    {
        var files = Enumerable.Range(0, 11).Select(i => ($"files[{i}]", $"f{i}.png", "image/png", Png)).ToArray();

        var body = await RefusedAsync(400, RawUpload.Message(RawUpload.Attachments(listed)), files);

        Assert.Equal(50035, body.GetProperty("code").GetInt32());
        var errors = body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("files", out _) || (listed > 10 && errors.TryGetProperty("attachments", out _)), body.ToString());
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("truncated")]
    [InlineData("zero-size")]
    public async Task NotAPngSentAsImagePng_Is50035(string kind)
    {
        var bytes = kind switch
        {
            "gif" => Encoding.ASCII.GetBytes("GIF89a not a png at all"),
            "truncated" => Png[..^12],
            _ => ZeroSize(),
        };

        var body = await RefusedAsync(400, RawUpload.Message(RawUpload.Attachments(1)), ("files[0]", "f0.png", "image/png", bytes));

        Assert.Equal("FILE_NOT_PNG", Error(body, "files[0]"));
    }

    [Fact]
    public async Task AttachmentIdNotMatchingThePart_Is50035()
    {
        var attachments = new[] { new { id = "1", filename = "f0.png" } };

        var body = await RefusedAsync(400, RawUpload.Message(attachments), ("files[0]", "f0.png", "image/png", Png));

        Assert.Equal("ATTACHMENT_NOT_LISTED", Error(body, "files[0]"));
        Assert.Equal("ATTACHMENT_FILE_MISSING", body.GetProperty("errors").GetProperty("attachments").GetProperty("0").GetProperty("id").GetProperty("_errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task EmbedNamingAFileNotSent_Is50035()
    {
        var embeds = new[] { new { title = "Week", image = new { url = "attachment://other.png" } } };

        var body = await RefusedAsync(400, RawUpload.Message(RawUpload.Attachments(1), embeds), ("files[0]", "f0.png", "image/png", Png));

        Assert.Equal(50035, body.GetProperty("code").GetInt32());
        Assert.True(body.GetProperty("errors").TryGetProperty("embeds", out _), body.ToString());
    }

    [Fact]
    public async Task FileNameWithASpace_Is50035()
    {
        var attachments = new[] { new { id = "0", filename = "my chart.png" } };

        var body = await RefusedAsync(400, RawUpload.Message(attachments), ("files[0]", "my chart.png", "image/png", Png));

        Assert.Equal("FILENAME_INVALID", Error(body, "files[0]"));
    }

    [Fact]
    public async Task PayloadJson_IsValidatedLikeAJsonBody()
    {
        var payload = new { content = new string('a', 2001), allowed_mentions = new { parse = Array.Empty<string>() }, attachments = RawUpload.Attachments(1) };

        var body = await RefusedAsync(400, payload, ("files[0]", "f0.png", "image/png", Png));

        Assert.True(body.GetProperty("errors").TryGetProperty("content", out _), body.ToString());
    }

    [Fact]
    public async Task MoreThanTenMiBOfFiles_Is413With40005()
    {
        var big = new byte[(10 * 1024 * 1024) + 1];

        var body = await RefusedAsync(413, RawUpload.Message(RawUpload.Attachments(1)), ("files[0]", "f0.png", "application/octet-stream", big));

        Assert.Equal(40005, body.GetProperty("code").GetInt32());
    }

    private static async Task<System.Text.Json.JsonElement> RefusedAsync(int expectedStatus, object payload, params (string, string, string, byte[])[] files)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var upload = new RawUpload(server);

        var (status, body) = await upload.PostAsync($"/channels/{channel.Id}/messages", payload, files);

        Assert.Equal(expectedStatus, status);
        Assert.Single(server.Violations);
        Assert.Empty(server.Messages);
        return body;
    }

    private static string? Error(System.Text.Json.JsonElement body, string field) =>
        body.GetProperty("errors").GetProperty(field).GetProperty("_errors")[0].GetProperty("code").GetString();

    private static byte[] ZeroSize()
    {
        var bytes = (byte[])Png.Clone();
        Array.Clear(bytes, 16, 4); // IHDR width = 0
        return bytes;
    }
}
