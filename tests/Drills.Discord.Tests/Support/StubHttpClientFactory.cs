namespace Drills.Discord.Tests.Support;

/// <summary>Hands out clients over one shared handler (the handler is not disposed with them).</summary>
internal sealed class StubHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
