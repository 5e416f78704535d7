namespace Drills.Discord.Tests.Rest;

/// <summary>
/// Discord's field-error tree of an invalid form body becomes one line per error (path, message, code), and
/// the exception's message lists them (the first ten), so the log of a refused request says which field.
/// </summary>
public sealed class FieldErrorTreeTests
{
    [Fact]
    public void NestedErrors_BecomePathsWithMessages()
    {
        var lines = FieldErrorTree.Flatten("""
            {"0": {"name": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 32 or fewer in length."}]},
                   "options": {"1": {"description": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}}}},
             "_errors": [{"code": "TOO_MANY", "message": "Too many commands"}]}
            """);

        Assert.Equal(
            [
                "[0].name: Must be 32 or fewer in length. (BASE_TYPE_MAX_LENGTH)",
                "[0].options[1].description: This field is required (BASE_TYPE_REQUIRED)",
                "(body): Too many commands (TOO_MANY)",
            ],
            lines);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    public void NoTree_NoLines(string? errors) => Assert.Empty(FieldErrorTree.Flatten(errors));

    [Fact]
    public void TheExceptionMessage_ListsTheFirstTenFieldErrors()
    {
        var tree = "{" + string.Join(",", Enumerable.Range(0, 12).Select(i => $$$"""
            "{{{i}}}": {"name": {"_errors": [{"code": "C{{{i}}}", "message": "bad {{{i}}}"}]}}
            """)) + "}";

        var error = new DiscordApiException(400, 50035, "PUT /applications/{application_id}/commands", "Invalid Form Body", tree);

        Assert.Equal(12, error.FieldErrors.Count);
        Assert.Contains("Invalid Form Body: [0].name: bad 0 (C0); [1].name: bad 1 (C1);", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("[9].name: bad 9 (C9); and 2 more", error.Message, StringComparison.Ordinal);
    }
}
