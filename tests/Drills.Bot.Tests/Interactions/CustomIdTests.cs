using Drills.Bot.Interactions;

namespace Drills.Bot.Tests.Interactions;

/// <summary>Custom ids round-trip as <c>kind:id[:letter]</c>; anything else (an old or foreign id) does not parse.</summary>
public sealed class CustomIdTests
{
    [Theory]
    [InlineData("predict", 12L, null, "predict:12")]
    [InlineData("redo-choice", 9007199254740993L, 'C', "redo-choice:9007199254740993:C")]
    public void RoundTrips(string kind, long id, char? letter, string text)
    {
        Assert.Equal(text, new CustomId(kind, id, letter).ToString());
        Assert.True(CustomId.TryParse(text, out var parsed));
        Assert.Equal(new CustomId(kind, id, letter), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("predict")]
    [InlineData("predict:-1")]
    [InlineData("predict:12:BC")]
    [InlineData("a:1:B:C")]
    public void Foreign_DoesNotParse(string? text) => Assert.False(CustomId.TryParse(text, out _));
}
