using System.Globalization;
using System.Text.Json;
using Drills.FakeDiscord.Validation;

namespace Drills.FakeDiscord.Uploads;

/// <summary>One entry of a message's <c>attachments</c> list: where it stands, and the filename and alt text it gives.</summary>
internal sealed record AttachmentEntry(int Position, string? FileName, string? Description)
{
    /// <summary>The entries of the message's <c>attachments</c> by id (the n of <c>files[n]</c>); malformed or repeated ids are errors.</summary>
    public static Dictionary<int, AttachmentEntry> Read(JsonElement message, string at, List<SchemaError> errors)
    {
        var entries = new Dictionary<int, AttachmentEntry>();
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("attachments", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return entries;
        }

        var position = 0;
        foreach (var item in list.EnumerateArray())
        {
            var pointer = $"{at}/attachments/{position}";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var idElement) || Id(idElement) is not { } id)
            {
                errors.Add(new(pointer + "/id", "ATTACHMENT_ID_INVALID", "An uploaded file's entry has the id n of its files[n] part."));
            }
            else if (!entries.TryAdd(id, new AttachmentEntry(position, UploadRules.Text(item, "filename"), UploadRules.Text(item, "description"))))
            {
                errors.Add(new(pointer + "/id", "ATTACHMENT_ID_DUPLICATE", $"Attachment id {id} is listed twice."));
            }

            position++;
        }

        return entries;
    }

    private static int? Id(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Number when id.TryGetInt32(out var n) && n >= 0 => n,
        JsonValueKind.String when int.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
