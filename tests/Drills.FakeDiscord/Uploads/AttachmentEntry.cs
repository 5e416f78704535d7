namespace Drills.FakeDiscord.Uploads;

/// <summary>One entry of a message's <c>attachments</c> list: where it stands, and the filename and alt text it gives.</summary>
internal sealed record AttachmentEntry(int Position, string? FileName, string? Description);
