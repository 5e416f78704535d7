using System.Globalization;
using System.Text;
using Drills.FakeDiscord.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Drills.FakeDiscord.Uploads;

/// <summary>
/// A <c>multipart/form-data</c> request body as Discord takes it: a <c>payload_json</c> part (the JSON body)
/// and <c>files[n]</c> parts. The whole body is always read (answering before the client finished sending
/// would break its connection instead of giving it the error), but file bytes past
/// <see cref="UploadRules.MaxUploadBytes"/> are only counted, not kept.
/// </summary>
internal sealed class MultipartForm
{
    public string? PayloadJson { get; private set; }

    public List<UploadedFile> Files { get; } = [];

    /// <summary>Parts Discord would not understand (unknown names, a malformed body), as form errors.</summary>
    public List<SchemaError> Problems { get; } = [];

    /// <summary>All file bytes received, kept or not.</summary>
    public long FileBytes { get; private set; }

    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task<MultipartForm> ReadAsync(HttpRequest request)
    {
        var form = new MultipartForm();
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
        {
            form.Problems.Add(new(string.Empty, "MULTIPART_BOUNDARY_MISSING", "A multipart body needs a boundary."));
            await request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
            return form;
        }

        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync().ConfigureAwait(false) is { } section)
            {
                await form.ReadPartAsync(section).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            form.Problems.Add(new(string.Empty, "MULTIPART_MALFORMED", "The multipart body could not be read: " + ex.Message));
            await request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
        }

        return form;
    }

    private async Task ReadPartAsync(MultipartSection section)
    {
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition);
        var name = disposition is null ? null : HeaderUtilities.RemoveQuotes(disposition.Name).Value;
        if (name == "payload_json")
        {
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            PayloadJson = await text.ReadToEndAsync().ConfigureAwait(false);
            return;
        }

        var bytes = await ReadCappedAsync(section.Body).ConfigureAwait(false);
        if (FileIndex(name) is not { } index)
        {
            Problems.Add(new("/" + (name ?? "(unnamed part)"), "MULTIPART_PART_UNKNOWN", "Parts are payload_json and files[n]."));
            return;
        }

        var fileName = disposition!.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        Files.Add(new UploadedFile(index, string.IsNullOrEmpty(fileName) ? null : fileName, section.ContentType, bytes));
    }

    private async Task<byte[]> ReadCappedAsync(Stream body)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            FileBytes += read;
            if (FileBytes <= UploadRules.MaxUploadBytes)
            {
                kept.Write(buffer, 0, read);
            }
        }

        return kept.ToArray();
    }

    /// <summary>n of <c>files[n]</c>, or null for any other name.</summary>
    private static int? FileIndex(string? name) =>
        name is not null && name.StartsWith("files[", StringComparison.Ordinal) && name.EndsWith(']')
        && int.TryParse(name.AsSpan(6, name.Length - 7), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
