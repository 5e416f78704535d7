using System.Text.Json.Nodes;

namespace Drills.FakeDiscord.Rest;

/// <summary>REST faults armed by tests: injected 429s, 5xx bursts, slow responses and refused bodies per route.</summary>
internal sealed class RouteFaults
{
    private readonly Lock _gate = new();
    private readonly List<Rule> _rules = [];
    private int _globalCount;
    private TimeSpan _globalRetryAfter;

    public enum Kind
    {
        RateLimit,
        ServerError,
        Delay,
        FormError,
    }

    public void Add(Kind kind, string? method, string path, int count, int status = 0, TimeSpan value = default, JsonObject? errors = null)
    {
        lock (_gate)
        {
            _rules.Add(new Rule(kind, method, path, status, value, errors) { Remaining = count });
        }
    }

    public void AddGlobal(TimeSpan retryAfter, int count)
    {
        lock (_gate)
        {
            _globalCount = count;
            _globalRetryAfter = retryAfter;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _globalCount = 0;
        }
    }

    /// <summary>Consumes one injected global 429, if armed.</summary>
    public bool TakeGlobal(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            retryAfter = _globalRetryAfter;
            if (_globalCount <= 0)
            {
                return false;
            }

            _globalCount--;
            return true;
        }
    }

    /// <summary>Consumes the first armed rule of <paramref name="kind"/> matching the request.</summary>
    public (int Status, TimeSpan Value, JsonObject? Errors)? Take(Kind kind, string method, string path, string? template)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Kind != kind || rule.Remaining <= 0 || !rule.Matches(method, path, template))
                {
                    continue;
                }

                rule.Remaining--;
                return (rule.Status, rule.Value, (JsonObject?)rule.Errors?.DeepClone());
            }

            return null;
        }
    }

    private sealed record Rule(Kind Kind, string? Method, string Path, int Status, TimeSpan Value, JsonObject? Errors)
    {
        public int Remaining { get; set; }

        // A path with '{' names a route template; otherwise it is a prefix of the concrete path.
        public bool Matches(string method, string path, string? template) =>
            (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
            && (Path.Contains('{', StringComparison.Ordinal)
                ? string.Equals(Path, template, StringComparison.Ordinal)
                : path.StartsWith(Path, StringComparison.Ordinal));
    }
}
