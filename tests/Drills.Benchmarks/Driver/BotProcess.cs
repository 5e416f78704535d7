using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Drills.Benchmarks.Child;
using Drills.FakeDiscord;

namespace Drills.Benchmarks.Driver;

/// <summary>
/// The bot as a child process (started by <see cref="BotLauncher"/>): start-up times, working set and CPU, the
/// warnings it logged, and (bench host, <see cref="BotChild"/>) its schedule clock moved on request.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private readonly Process process;
    private readonly Stopwatch sinceStart;
    private readonly Channel<string> replies = Channel.CreateUnbounded<string>();
    private readonly List<string> problems = [];
    private readonly TaskCompletionSource gateway = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource armed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task pumps;
    private readonly bool production;
    private int warnings;
    private int errors;

    /// <param name="production">The operator's executable, stopped by SIGTERM; else the bench host, stopped over stdin.</param>
    internal BotProcess(Process process, Stopwatch sinceStart, bool production)
    {
        this.process = process;
        this.production = production;
        this.sinceStart = sinceStart;
        pumps = Task.WhenAll(PumpStdoutAsync(), PumpStderrAsync());
    }

    /// <summary>Process start to the gateway's READY.</summary>
    public TimeSpan ToGateway { get; private set; }

    /// <summary>Process start to the scheduler's first round done (drills loaded, database migrated, due work done).</summary>
    public TimeSpan ToArmed { get; private set; }

    public int Warnings => Volatile.Read(ref warnings);

    public int Errors => Volatile.Read(ref errors);

    /// <summary>The first warning and error lines, to show what went wrong.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return problems.ToArray();
            }
        }
    }

    public long WorkingSet
    {
        get
        {
            process.Refresh();
            return process.HasExited ? 0 : process.WorkingSet64;
        }
    }

    /// <summary>The private part of the working set (see <see cref="ProcessMemory.PrivateBytes"/>).</summary>
    public long? PrivateBytes => process.HasExited ? null : ProcessMemory.PrivateBytes(process.Id);

    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.HasExited ? TimeSpan.Zero : process.TotalProcessorTime;
        }
    }

    /// <summary>Waits until the fake sees a new READY session (after <paramref name="identifiesBefore"/>); sets <see cref="ToGateway"/>.</summary>
    public async Task WaitReadyOnFakeAsync(FakeDiscordServer discord, int identifiesBefore, TimeSpan timeout)
    {
        if (!await Poll.UntilAsync(() => discord.IdentifyCount > identifiesBefore && discord.IsReady || process.HasExited, timeout, intervalMs: 2)
            || process.HasExited)
        {
            throw new InvalidOperationException("Drills.Bot did not reach READY:\n" + string.Join('\n', Problems.TakeLast(10)));
        }

        ToGateway = sinceStart.Elapsed;
    }

    /// <summary>Waits for READY and the scheduler's first round.</summary>
    public async Task WaitArmedAsync(TimeSpan timeout)
    {
        await armed.Task.WaitAsync(timeout);
    }

    public async Task WaitGatewayAsync(TimeSpan timeout) => await gateway.Task.WaitAsync(timeout);

    public async Task AdvanceToAsync(DateTimeOffset clock)
    {
        await SendAsync("advance " + clock.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        await ReplyAsync("@ok");
    }

    /// <summary>The Discord client's live rate-limit buckets (bench host only).</summary>
    public async Task<int> LiveBucketsAsync()
    {
        await SendAsync("buckets");
        var reply = await ReplyAsync("@buckets ");
        return int.Parse(reply["@buckets ".Length..], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited && production)
            {
                // Ctrl+C as an operator would stop it (SIGTERM: the host shuts down gracefully).
                using var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
                await term.WaitForExitAsync();
            }
            else if (!process.HasExited)
            {
                await SendAsync("stop");
                process.StandardInput.Close();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // Our own child, by its id: it did not stop in time.
            process.Kill(entireProcessTree: true);
        }

        await pumps.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        process.Dispose();
    }

    private async Task SendAsync(string line)
    {
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
    }

    private async Task<string> ReplyAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        while (true)
        {
            var line = await replies.Reader.ReadAsync(timeout.Token);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
    }

    private async Task PumpStdoutAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == "@gateway")
            {
                ToGateway = sinceStart.Elapsed;
                gateway.TrySetResult();
            }
            else if (line == "@armed")
            {
                ToArmed = sinceStart.Elapsed;
                armed.TrySetResult();
            }
            else if (line.StartsWith('@'))
            {
                replies.Writer.TryWrite(line);
            }
            else if (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                // Drills.Bot itself logs to the console.
                Interlocked.Increment(ref line.StartsWith('w') ? ref warnings : ref errors);
                Remember(line);
            }
        }

        var exited = new InvalidOperationException("the bot process exited:\n" + string.Join('\n', Problems.TakeLast(10)));
        gateway.TrySetException(exited);
        armed.TrySetException(exited);
        replies.Writer.TryComplete(exited);
    }

    private async Task PumpStderrAsync()
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("Warning:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref warnings);
            }
            else
            {
                Interlocked.Increment(ref errors);
            }

            Remember(line);
        }
    }

    private void Remember(string line)
    {
        lock (problems)
        {
            if (problems.Count < 20)
            {
                problems.Add(line);
            }
        }
    }
}
