namespace Drills.Discord.Tests.FakeServer.Bodies;

/// <summary>A request body and where it goes (the route template stands in for the path).</summary>
internal sealed record BadBody(string Method, string Route, string Json);
