using System.Text;

namespace Drills.Discord.Tests.Gateway;

/// <summary>
/// A frame's bytes are the socket's buffer, reused by the next receive: the <c>d</c> the reader hands on is its
/// own copy and keeps its content when the buffer is overwritten.
/// </summary>
public sealed class FrameCopyTests
{
    [Fact]
    public void D_OutlivesTheReceiveBuffer()
    {
        var buffer = Encoding.UTF8.GetBytes("""{"op":0,"t":"THING","s":5,"d":{"n":1,"text":"kept"}}""");

        Assert.True(GatewayFrameReader.TryRead(new GatewayFrame(buffer), out _, out var d, out _, out _));
        Array.Fill(buffer, (byte)' ');

        Assert.Equal((1, "kept"), (d.GetProperty("n").GetInt32(), d.GetProperty("text").GetString()));
    }
}
