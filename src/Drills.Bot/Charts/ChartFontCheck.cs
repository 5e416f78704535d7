using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Charts;

/// <summary>Says once at start when charts cannot be drawn for want of a font (the bot runs on without them).</summary>
internal sealed partial class ChartFontCheck(ChartFonts fonts, ILogger<ChartFontCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (fonts.File is null)
        {
            LogNoFont();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No font file found for charts: messages go out without them. Install a font (Debian: fonts-dejavu-core) or set Charts:FontFile")]
    private partial void LogNoFont();
}
