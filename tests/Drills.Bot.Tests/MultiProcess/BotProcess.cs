using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace Drills.Bot.Tests.MultiProcess;

/// <summary>
/// One real bot process (tests/Drills.Bot.TestHost: the bot's own host with a schedule clock moved over stdin),
/// configured by environment variables as an operator would. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly Channel<string> replies = Channel.CreateUnbounded<string>();
    private readonly List<string> stderr = [];
    private readonly Task pumps;

    private BotProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
        pumps = Task.WhenAll(PumpStdoutAsync(), PumpStderrAsync());
    }

    public string Name { get; }

    /// <summary>Warnings and errors the bot logged.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToArray();
            }
        }
    }

    /// <summary>The group ids this process posted to (its "Posted drill ... to group N" lines).</summary>
    public IReadOnlyList<int> PostedGroups => Log
        .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"Posted drill \S+ to group (\d+) "))
        .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    public static BotProcess Start(string name, DateTimeOffset clock, IReadOnlyDictionary<string, string> settings)
    {
        var folder = Directory.CreateTempSubdirectory("drills-proc-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Drills.Bot.TestHost.dll"));
        info.ArgumentList.Add(clock.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        info.Environment.Remove("DISCORD_TOKEN");
        info.Environment["Drills__Path"] = RepositoryPaths.Drills();
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new BotProcess(name, Process.Start(info)!);
    }

    /// <summary>Waits for the first scheduler round to be done (the gateway READY before it).</summary>
    public async Task WaitArmedAsync()
    {
        await ExpectAsync("@gateway");
        await ExpectAsync("@armed");
    }

    /// <summary>Moves the bot's schedule clock to <paramref name="at"/>.</summary>
    public async Task AdvanceAsync(DateTimeOffset at)
    {
        await process.StandardInput.WriteLineAsync("advance " + at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        await process.StandardInput.FlushAsync();
        await ExpectAsync("@ok");
    }

    /// <summary>SIGKILL: the process dies at once, holding whatever it held.</summary>
    public void Kill() => process.Kill(entireProcessTree: false);

    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                await process.StandardInput.WriteLineAsync("stop");
                await process.StandardInput.FlushAsync();
            }
            catch (IOException)
            {
                // Already gone.
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        await pumps.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
    }

    private async Task ExpectAsync(string line)
    {
        using var timeout = new CancellationTokenSource(Wait);
        try
        {
            while (true)
            {
                var next = await replies.Reader.ReadAsync(timeout.Token);
                if (next == line)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"{Name} never said {line}; its log: {string.Join(" / ", Log.Take(5))}");
        }
    }

    private async Task PumpStdoutAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('@'))
            {
                replies.Writer.TryWrite(line);
            }
        }

        replies.Writer.TryComplete();
    }

    private async Task PumpStderrAsync()
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            lock (stderr)
            {
                stderr.Add(line);
            }
        }
    }
}
