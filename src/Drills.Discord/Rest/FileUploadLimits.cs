using System.Net.Http.Headers;

namespace Drills.Discord;

/// <summary>
/// Discord's limits on files sent with one message (docs/discord-uploads.md): at most <see cref="MaxFiles"/>
/// files, together at most <see cref="MaxUploadBytes"/> (a bot's limit without server boosts; more is refused
/// with 413 / 40005 "Request entity too large"), filenames of <c>[A-Za-z0-9_.-]</c> and unique within the
/// message (an <c>attachment://</c> url names the file), a <c>type/subtype</c> content type, alt text of at
/// most 1024 characters. Checked before sending: a request Discord would refuse is never sent.
/// </summary>
public static class FileUploadLimits
{
    public const int MaxFiles = 10;

    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public const int MaxFileNameLength = 1024;

    public const int MaxDescriptionLength = 1024;

    /// <summary>True for a name of 1-1024 characters from <c>[A-Za-z0-9_.-]</c> that is not only dots.</summary>
    public static bool IsValidFileName(string? name) =>
        !string.IsNullOrEmpty(name)
        && name.Length <= MaxFileNameLength
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')
        && name.Any(c => c != '.');

    /// <summary>Throws <see cref="ArgumentException"/> naming the first rule <paramref name="files"/> breaks.</summary>
    public static void Check(IReadOnlyList<FileAttachment> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count is 0 or > MaxFiles)
        {
            throw new ArgumentException($"A message carries 1 to {MaxFiles} files, not {files.Count}.", nameof(files));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            if (!IsValidFileName(file.FileName))
            {
                throw new ArgumentException($"File name '{file.FileName}' must be 1-{MaxFileNameLength} characters of A-Z a-z 0-9 _ . -", nameof(files));
            }

            if (!names.Add(file.FileName))
            {
                throw new ArgumentException($"File name '{file.FileName}' is used twice in one message.", nameof(files));
            }

            if (!MediaTypeHeaderValue.TryParse(file.ContentType, out var type) || type.MediaType is null || !type.MediaType.Contains('/', StringComparison.Ordinal))
            {
                throw new ArgumentException($"File '{file.FileName}' has no valid content type ('{file.ContentType}').", nameof(files));
            }

            if (file.Description is { Length: > MaxDescriptionLength })
            {
                throw new ArgumentException($"The description of '{file.FileName}' is longer than {MaxDescriptionLength} characters.", nameof(files));
            }

            total += file.Content.Length;
        }

        if (total > MaxUploadBytes)
        {
            throw new ArgumentException($"The files add up to {total} bytes; Discord takes at most {MaxUploadBytes} per message.", nameof(files));
        }
    }
}
