using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// An interaction's initial response is retried only while the retry can land within 3 s of the interaction's
/// creation (on a fake clock; 5xx retries after 1, 2, 4 s): after a 503 at 0 s it retries at 1 s, not at 3 s;
/// a 429 asking for 5 s is not retried; a snowflake saying the interaction was 2 s old on arrival leaves 1 s;
/// a snowflake from a skewed clock (an hour old) is not believed. Other routes keep their retries.
/// </summary>
public sealed class CallbackDeadlineTests
{
    private static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ClockedRest rest = new();

    [Fact]
    public async Task ServerErrors_RetriedOnlyWhileTheRetryLandsWithin3s()
    {
        rest.Http.Respond = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        var error = await RespondAsync(Received(age: TimeSpan.Zero));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1)], Times());
        Assert.True(rest.Logs.Contains("could not land within the interaction's 3 s"));
    }

    [Fact]
    public async Task RateLimitPastTheDeadline_IsNotWaitedFor()
    {
        rest.Http.Respond = _ => Task.FromResult(StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"slow down","retry_after":5,"global":false}"""));

        var error = await RespondAsync(Received(age: TimeSpan.Zero));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(rest.Http.Requests);
    }

    [Theory]
    [InlineData(2, 1)] // 2 s old on arrival: 1 s left, no room for a retry after 1 s
    [InlineData(3600, 2)] // an hour "old": the clocks disagree, so 3 s from receipt
    [InlineData(-5, 2)] // from the future: the same
    public async Task TheSnowflakesAge_CountsOnlyWhenBelievable(int ageSeconds, int attempts)
    {
        rest.Http.Respond = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway));

        await RespondAsync(Received(age: TimeSpan.FromSeconds(ageSeconds)));

        Assert.Equal(attempts, rest.Http.Requests.Count);
    }

    [Theory]
    [InlineData(2000, 2500)] // 2 s old on arrival, 0.5 s since: 2.5 s of its 3 s gone
    [InlineData(3_600_000, 500)] // a skewed clock's snowflake: only the time since receipt counts
    [InlineData(-5000, 500)]
    public void Age_IsTheTimeSinceReceiptPlusABelievableAgeOnArrival(int arrivalMs, int expectedMs)
    {
        var interaction = Received(age: TimeSpan.FromMilliseconds(arrivalMs));
        interaction.ReceivedOn = rest.Time;
        rest.Time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), interaction.GetAge());
        Assert.Equal(TimeSpan.Zero, new Interaction { Id = interaction.Id }.GetAge()); // built by hand: no receipt
    }

    [Fact]
    public async Task OtherInteractionRoutes_KeepTheirRetries()
    {
        rest.Http.Respond = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var interaction = Received(age: TimeSpan.Zero);

        var followUp = rest.Client.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, new MessageCreate { Content = "x" }, CancellationToken.None);
        await rest.AdvanceUntilAsync(() => followUp.IsCompleted, TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<DiscordApiException>(() => followUp);
        Assert.Equal([0, 1, 3, 7], Times().Select(t => t.TotalSeconds));
    }

    private async Task<DiscordApiException> RespondAsync(Interaction interaction)
    {
        var respond = rest.Client.RespondAsync(interaction, InteractionResponse.Message("hi"), CancellationToken.None);
        await rest.AdvanceUntilAsync(() => respond.IsCompleted, TimeSpan.FromSeconds(30));
        return await Assert.ThrowsAsync<DiscordApiException>(() => respond);
    }

    /// <summary>An interaction received now whose id says it was created <paramref name="age"/> ago.</summary>
    private Interaction Received(TimeSpan age)
    {
        var now = rest.Time.GetUtcNow();
        var id = (ulong)(now - age - DiscordEpoch).TotalMilliseconds << 22;
        return new Interaction { Id = id, ApplicationId = 222, Token = "token", Type = InteractionType.ApplicationCommand, ReceivedAt = now };
    }

    private List<TimeSpan> Times()
    {
        var requests = rest.Http.Requests.ToList();
        return requests.Select(r => r.At - requests[0].At).ToList();
    }
}
