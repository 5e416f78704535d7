using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Charts;

/// <summary>
/// The font the charts write with, as a file. SkiaSharp's dependency-free Linux build has no fontconfig: it only
/// sees font files, and a slim container has none, so chart text would silently vanish. The file is the
/// configured <see cref="ChartOptions.FontFile"/> or the first common sans font found in the system's font folders;
/// with none, <see cref="File"/> is null and no chart is drawn (the Docker image installs fonts-dejavu-core).
/// Looking costs only a directory walk: SkiaSharp is not loaded until the first chart.
/// </summary>
public sealed class ChartFonts(IOptions<ChartOptions> options)
{
    private static readonly string[] Candidates =
        ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "FreeSans.ttf", "Arial.ttf", "arial.ttf", "Helvetica.ttc"];

    private static readonly ConcurrentDictionary<string, string> Registered = new(StringComparer.Ordinal);

    private readonly Lazy<string?> file = new(() => Find(options.Value.FontFile));

    /// <summary>The font file, or null when there is none.</summary>
    public string? File => file.Value;

    /// <summary>The configured file, else the first candidate found in the usual font folders, else null.</summary>
    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] folders =
        [
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local/share/fonts"),
            "/System/Library/Fonts", "/Library/Fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        ];
        var found = folders.Where(f => f.Length > 0 && Directory.Exists(f))
            .SelectMany(f => SafeFiles(f))
            .ToLookup(Path.GetFileName, StringComparer.Ordinal);
        return Candidates.Select(c => found[c].Order(StringComparer.Ordinal).FirstOrDefault()).FirstOrDefault(f => f is not null);
    }

    /// <summary>The ScottPlot font name of <see cref="File"/>, registered once per process (bold from the "-Bold" sibling when there is one).</summary>
    internal string Family(string path) => Registered.GetOrAdd(path, p =>
    {
        var name = "Drills chart font " + Registered.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bold = BoldSibling(p);
        ScottPlot.Fonts.AddFontFile(name, p, bold: false);
        ScottPlot.Fonts.AddFontFile(name, bold ?? p, bold: true);
        return name;
    });

    private static string? BoldSibling(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var stem = name.EndsWith("-Regular", StringComparison.Ordinal) ? name[..^"-Regular".Length] : name;
        var bold = Path.Combine(Path.GetDirectoryName(path)!, stem + "-Bold" + Path.GetExtension(path));
        return System.IO.File.Exists(bold) ? bold : null;
    }

    private static IEnumerable<string> SafeFiles(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.tt?", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 4 }).ToList();
        }
        catch (IOException)
        {
            return [];
        }
    }
}
