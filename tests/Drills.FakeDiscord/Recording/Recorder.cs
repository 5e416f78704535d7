namespace Drills.FakeDiscord.Recording;

/// <summary>Everything the fake observed, shared by the gateway and REST halves.</summary>
internal sealed class Recorder(TimeProvider time)
{
    public TimeProvider Time => time;

    public Journal<RecordedRequest> Requests { get; } = new();

    public Journal<Violation> Violations { get; } = new();

    public Journal<RecordedMessage> Messages { get; } = new();

    public Journal<GatewayFrame> Frames { get; } = new();

    public void Violation(string method, string path, string reason) =>
        Violations.Add(new Violation(method, path, reason, time.GetUtcNow()));
}
