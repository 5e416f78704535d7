using Microsoft.Extensions.Logging;

namespace Drills.Bot.TestHost;

/// <summary>
/// The bot's warnings and errors, one line each on stderr, where the parent process (a multi-process test, the
/// benchmark driver) reads them; plus the information lines of <paramref name="informationFrom"/>'s categories
/// (the multi-process tests read which groups each process posted). Shared by the test host and the benchmark child.
/// </summary>
internal sealed class StderrLoggerProvider(params string[] informationFrom) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(categoryName, informationFrom.Contains(categoryName, StringComparer.Ordinal));

    public void Dispose()
    {
    }

    private sealed class StderrLogger(string category, bool withInformation) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning || (withInformation && logLevel == LogLevel.Information);

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
