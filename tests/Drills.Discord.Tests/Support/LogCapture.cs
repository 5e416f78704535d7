using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Drills.Discord.Tests.Support;

/// <summary>
/// Captures every log line (message and exception text) written through it, so a test can assert that
/// no secret (the bot token) ever reached the logs. <see cref="All"/> collects the lines of the whole suite.
/// </summary>
internal sealed class LogCapture : ILoggerProvider
{
    public static ConcurrentQueue<string> All { get; } = new();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public ILogger<T> For<T>() => new LoggerFactory([this]).CreateLogger<T>();

    public bool Contains(string text) => Lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    public void AssertNeverLogged(string secret) =>
        Assert.DoesNotContain(Lines, line => line.Contains(secret, StringComparison.Ordinal));

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}";
            owner.Lines.Enqueue(line);
            All.Enqueue(line);
        }
    }
}
