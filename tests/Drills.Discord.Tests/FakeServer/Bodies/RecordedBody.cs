using System.Text.Json;

namespace Drills.Discord.Tests.FakeServer.Bodies;

/// <summary>A body the client really sent, and the route it went to.</summary>
internal sealed record RecordedBody(string Method, string Route, JsonElement Body)
{
    public override string ToString() => $"{Method} {Route} {Body.GetRawText()[..Math.Min(120, Body.GetRawText().Length)]}";
}
