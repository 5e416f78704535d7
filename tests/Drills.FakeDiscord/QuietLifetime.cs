using Microsoft.Extensions.Hosting;

namespace Drills.FakeDiscord;

/// <summary>
/// Replaces the console lifetime: the fake must neither print status lines nor hook Ctrl+C/SIGTERM
/// in the test process (the test runner owns those).
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
