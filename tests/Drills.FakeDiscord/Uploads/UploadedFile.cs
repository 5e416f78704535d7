namespace Drills.FakeDiscord.Uploads;

/// <summary>One <c>files[n]</c> part as received: its index n, filename, content type (null when the part had none) and bytes.</summary>
internal sealed record UploadedFile(int Index, string? FileName, string? ContentType, byte[] Content);
