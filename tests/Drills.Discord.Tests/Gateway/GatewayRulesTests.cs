using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.Gateway;

/// <summary>
/// The gateway's pure rules: close-code classes (resume / new session / fatal), the url query string on
/// both the gateway and the resume url, the backoff (1 s doubling to 60 s, x0.8 to x1.2 by the random draw),
/// the per-connection send limit (115 per 60 s) on a fake clock, replay dedupe by sequence, and liberal frame
/// reading (unknown fields, sequence 0, malformed).
/// </summary>
public sealed class GatewayRulesTests
{
    [Theory]
    [InlineData(4004, true, false)]
    [InlineData(4010, true, false)]
    [InlineData(4011, true, false)]
    [InlineData(4012, true, false)]
    [InlineData(4013, true, false)]
    [InlineData(4014, true, false)]
    [InlineData(4007, false, true)]
    [InlineData(4009, false, true)]
    [InlineData(4000, false, false)]
    [InlineData(4001, false, false)]
    [InlineData(4002, false, false)]
    [InlineData(4003, false, false)]
    [InlineData(4005, false, false)]
    [InlineData(4008, false, false)]
    [InlineData(1006, false, false)]
    public void CloseCodes_AreClassified(int code, bool fatal, bool newSession)
    {
        Assert.Equal(fatal, GatewayCloseCodes.IsFatal(code));
        Assert.Equal(newSession, GatewayCloseCodes.RequiresNewSession(code));
    }

    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg/", "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/gateway", "ws://127.0.0.1:5000/gateway?v=10&encoding=json")]
    [InlineData("wss://resume.test/?v=9", "wss://resume.test/?v=10&encoding=json")]
    public void GatewayUri_AlwaysCarriesTheQueryString(string url, string expected) =>
        Assert.Equal(expected, GatewayClient.GatewayUri(url).ToString());

    [Theory]
    [InlineData(0, 0.0, 800)]
    [InlineData(0, 0.5, 1000)]
    [InlineData(0, 0.999, 1199.6)]
    [InlineData(1, 0.5, 2000)]
    [InlineData(3, 0.0, 6400)]
    [InlineData(3, 0.999, 9596.8)]
    [InlineData(5, 0.5, 32000)]
    [InlineData(6, 0.5, 60000)]
    [InlineData(20, 0.0, 48000)]
    [InlineData(20, 0.999, 71976)]
    public void Backoff_StartsAtOneSecond_DoublesToSixty_WithJitter(int failures, double jitter, double expectedMs) =>
        Assert.Equal(expectedMs, ReconnectBackoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), jitter).TotalMilliseconds, precision: 6);

    [Fact]
    public async Task SendLimiter_Holds115PerMinute()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(time, 115, TimeSpan.FromSeconds(60));
        for (var i = 0; i < 115; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        var next = limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Session_ProcessesEachSequenceOnce_StartingAtZero()
    {
        var session = new GatewaySession();

        Assert.True(session.TryAdvance(0));
        Assert.True(session.TryAdvance(1));
        Assert.True(session.TryAdvance(3));
        Assert.False(session.TryAdvance(3)); // replayed after a Resume
        Assert.False(session.TryAdvance(2));
        Assert.Equal(3, session.Sequence);
        session.Reset(); // a new session numbers from the start again
        Assert.True(session.TryAdvance(1));
    }

    [Fact]
    public void FrameReader_IsLiberal()
    {
        Assert.True(Read("""{"op":0,"t":"SOMETHING_NEW","s":0,"d":{"x":1},"extra":true}""", out var op, out var s, out var t));
        Assert.Equal((0, 0L, "SOMETHING_NEW"), (op, s, t));
        Assert.True(Read("""{"op":11}""", out op, out s, out t));
        Assert.Equal((11, null, null), (op, s, t));
        Assert.False(Read("""{"op":0,"d":{"x":""", out _, out _, out _));
        Assert.False(Read("""{"op":"zero"}""", out _, out _, out _));
        Assert.False(Read("""[1,2]""", out _, out _, out _));
    }

    private static bool Read(string json, out int op, out long? s, out string? t) =>
        GatewayFrameReader.TryRead(new GatewayFrame(Encoding.UTF8.GetBytes(json)), out op, out _, out s, out t);
}
