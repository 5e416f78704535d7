using Microsoft.Extensions.Logging;

namespace Drills.Bot.TestHost;

/// <summary>The bot's warnings and errors (and its posts), one line each on stderr, where the test reads them.</summary>
internal sealed class StderrLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(categoryName);

    public void Dispose()
    {
    }

    private sealed class StderrLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // Warnings and errors; and which groups this process posted, so a test can tell the processes' work apart.
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning
            || (logLevel == LogLevel.Information && category == "Drills.Bot.Posting.PostingService");

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{logLevel}: {category}: {formatter(state, exception)}{(exception is null ? "" : " | " + exception.GetType().Name + ": " + exception.Message.ReplaceLineEndings(" "))}";
            lock (Console.Error)
            {
                Console.Error.WriteLine(line);
            }
        }
    }
}
