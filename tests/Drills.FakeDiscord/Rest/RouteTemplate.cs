namespace Drills.FakeDiscord.Rest;

/// <summary>An OpenAPI-style path template (<c>/channels/{channel_id}/messages</c>) and its matcher.</summary>
internal sealed class RouteTemplate
{
    private readonly string[] _segments;

    public RouteTemplate(string template)
    {
        Template = template;
        _segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        LiteralCount = _segments.Count(s => !IsParameter(s));
    }

    public string Template { get; }

    /// <summary>Literal segments: among several matches, the most literal wins (<c>/users/@me</c> over <c>/users/{user_id}</c>).</summary>
    public int LiteralCount { get; }

    public int SegmentCount => _segments.Length;

    public static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The path parameters when <paramref name="segments"/> match, else null.</summary>
    public Dictionary<string, string>? Match(string[] segments)
    {
        if (segments.Length != _segments.Length)
        {
            return null;
        }

        Dictionary<string, string>? values = null;
        for (var i = 0; i < segments.Length; i++)
        {
            var s = _segments[i];
            if (IsParameter(s))
            {
                (values ??= [])[s[1..^1]] = Uri.UnescapeDataString(segments[i]);
            }
            else if (!string.Equals(s, segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values ?? [];
    }

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
}
