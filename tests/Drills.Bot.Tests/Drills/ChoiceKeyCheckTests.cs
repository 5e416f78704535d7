using Drills.Bot.Drills.Verification;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// When a choice option describes a run: its " / "-separated items are the printed lines exactly (backticks
/// around an item allowed, inner spacing counts), then the exception's name, optionally with part of its message.
/// </summary>
public sealed class ChoiceKeyCheckTests
{
    [Theory]
    [InlineData("[10]", "[10]\n", null, null, true)]
    [InlineData("`[10]`", "[10]\n", null, null, true)]
    [InlineData("[10,  30]", "[10, 30]\n", null, null, false)]
    [InlineData("True / False", "True\nFalse\n", null, null, true)]
    [InlineData("True / False", "True\n", null, null, false)]
    [InlineData("False / True", "True\nFalse\n", null, null, false)]
    [InlineData("12 / 0 / TypeError", "12\n0\n", "TypeError", "int() argument must be ...", true)]
    [InlineData("12 / 0 / TypeError", "12\n0\n", null, null, false)]
    [InlineData("12 / 0", "12\n0\n", "TypeError", "x", false)]
    [InlineData("FrozenInstanceError", "", "dataclasses.FrozenInstanceError", "cannot assign to field 'currency'", true)]
    [InlineData("FrozenInstanceError: cannot assign", "", "dataclasses.FrozenInstanceError", "cannot assign to field 'currency'", true)]
    [InlineData("FrozenInstanceError: cannot delete", "", "dataclasses.FrozenInstanceError", "cannot assign to field 'currency'", false)]
    [InlineData("TypeError / ([1, 2],)", "TypeError\n([1, 2],)\n", null, null, true)]
    [InlineData("UnboundLocalError at `if cache`", "", "UnboundLocalError", "x", false)]
    [InlineData("Only `b`", "[1, 2] [] [1, 2]\n", null, null, false)]
    public void Describes_OptionAgainstRun(string option, string stdout, string? type, string? message, bool describes)
    {
        var run = new PythonRun(stdout, type, message, TimedOut: false, "");

        Assert.Equal(describes, ChoiceKeyCheck.Describes(option, run));
    }
}
