using Drills.FakeDiscord.Rest;

namespace Drills.FakeDiscord.Uploads;

/// <summary>The verdict on an upload: a refusal (with the reason recorded as a violation), or the accepted files.</summary>
internal sealed record UploadCheck(RestResult? Refusal, string? Reason, IReadOnlyList<RecordedFile> Files);
