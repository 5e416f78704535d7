using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// Answers as members type them in Discord, right and wrong, for every kind: Discord formatting (fences with
/// and without a language, backticks, bold, quotes, quote blocks), output spacing and separators, choice
/// letters in sentences and ambiguous letters, spaced and lower-case exception names and base classes,
/// thousands separators, units and totals in sentences. One row a case; the key names the drill answer.
/// </summary>
public sealed class CheckerTableTests
{
    private static readonly Dictionary<string, DrillAnswer> Answers = new()
    {
        ["choice"] = new ChoiceAnswer(
            [new('A', "3 seconds"), new('B', "1 second"), new('C', "`None`"), new('D', "It raises `TypeError`")], 'B',
            new RealBehaviour("1s", null, null)),
        ["output"] = new OutputAnswer("abab\n42\n[None, None]", []),
        ["slashed"] = new OutputAnswer("x / y\nz", []),
        ["one-line"] = new OutputAnswer("a-1 b-1 2", []),
        ["seconds"] = new NumberAnswer(3, TimeUnit.Seconds, new Tolerance(0.5, false)),
        ["exact"] = new NumberAnswer(1, null, Tolerance.Exact),
        ["key"] = new ErrorAnswer("KeyError", null, false),
        ["unbound"] = new ErrorAnswer("UnboundLocalError", null, false),
        ["value"] = new ErrorAnswer("ValueError", null, false),
        ["cancelled"] = new ErrorAnswer("asyncio.CancelledError", null, false),
        ["frozen"] = new ErrorAnswer("dataclasses.FrozenInstanceError", null, false),
        ["os"] = new ErrorAnswer("OSError", null, false),
    };

    [Theory]
    // choice: a single standalone letter, however it is dressed
    [InlineData("choice", "B", Verdict.Right)]
    [InlineData("choice", "b", Verdict.Right)]
    [InlineData("choice", "**B**", Verdict.Right)]
    [InlineData("choice", "'B'", Verdict.Right)]
    [InlineData("choice", "\"b\"", Verdict.Right)]
    [InlineData("choice", "`B`", Verdict.Right)]
    [InlineData("choice", "B)", Verdict.Right)]
    [InlineData("choice", "(b)", Verdict.Right)]
    [InlineData("choice", "B.", Verdict.Right)]
    [InlineData("choice", "> B", Verdict.Right)]
    [InlineData("choice", "I think B", Verdict.Right)]
    [InlineData("choice", "i think b", Verdict.Right)]
    [InlineData("choice", "I'd say B", Verdict.Right)]
    [InlineData("choice", "answer: B", Verdict.Right)]
    [InlineData("choice", "the answer is b", Verdict.Right)]
    [InlineData("choice", "b, because gather runs them at once", Verdict.Right)]
    [InlineData("choice", "1 second", Verdict.Right)]
    [InlineData("choice", "B) 1 second", Verdict.Right)]
    [InlineData("choice", "a", Verdict.Wrong)]
    [InlineData("choice", "I think A", Verdict.Wrong)]
    [InlineData("choice", "None", Verdict.Wrong)]
    [InlineData("choice", "`None`", Verdict.Wrong)]
    [InlineData("choice", "it raises TypeError", Verdict.Wrong)]
    [InlineData("choice", "A or B", Verdict.Unrecognised)]
    [InlineData("choice", "B, not C", Verdict.Unrecognised)]
    [InlineData("choice", "B) 3 seconds", Verdict.Unrecognised)]
    [InlineData("choice", "E", Verdict.Unrecognised)]
    [InlineData("choice", "a coroutine object", Verdict.Unrecognised)]
    [InlineData("choice", "two seconds", Verdict.Unrecognised)]
    // output: Discord formatting is undone
    [InlineData("output", "abab\n42\n[None, None]", Verdict.Right)]
    [InlineData("output", "```\nabab\n42\n[None, None]\n```", Verdict.Right)]
    [InlineData("output", "```py\nabab\n42\n[None, None]\n```", Verdict.Right)]
    [InlineData("output", "It prints:\n```python\nabab\n42\n[None, None]\n```", Verdict.Right)]
    [InlineData("output", "```abab\n42\n[None, None]```", Verdict.Right)]
    [InlineData("output", "> abab\n> 42\n> [None, None]", Verdict.Right)]
    [InlineData("output", "`abab`\n`42`\n`[None, None]`", Verdict.Right)]
    [InlineData("output", "**abab**\n42\n[None, None]", Verdict.Right)]
    // output: spacing collapses but is never deleted between characters; loose only beside , ; : and brackets
    [InlineData("output", "  abab  \n  42\n[None,   None]", Verdict.Right)]
    [InlineData("output", "abab\n42\n[None,None]", Verdict.Right)]
    [InlineData("output", "abab\n42\n[ None , None ]", Verdict.Right)]
    [InlineData("output", "ab ab\n42\n[None, None]", Verdict.Wrong)]
    [InlineData("output", "abab\n4 2\n[None, None]", Verdict.Wrong)]
    [InlineData("output", "abab\n42\n[NoneNone]", Verdict.Wrong)]
    // output: one-line forms of a several-line output
    [InlineData("output", "abab / 42 / [None, None]", Verdict.Right)]
    [InlineData("output", "abab/42/[None, None]", Verdict.Right)]
    [InlineData("output", "abab / 42 / [None, None] /", Verdict.Right)]
    [InlineData("output", "`abab` / `42` / `[None, None]`", Verdict.Right)]
    [InlineData("output", "abab /\n42 /\n[None, None]", Verdict.Right)]
    [InlineData("output", "abab 42 [None, None]", Verdict.Wrong)]
    [InlineData("output", "42\nabab\n[None, None]", Verdict.Close)]
    [InlineData("output", "abab\n42\n[none, none]", Verdict.Wrong)]
    [InlineData("output", "TypeError", Verdict.Wrong)]
    [InlineData("output", "  \n ", Verdict.Unrecognised)]
    [InlineData("slashed", "x / y / z", Verdict.Right)]
    [InlineData("slashed", "x / y\nz", Verdict.Right)]
    [InlineData("slashed", "x/y/z", Verdict.Wrong)]
    [InlineData("one-line", "a-1 b-1 2", Verdict.Right)]
    [InlineData("one-line", "`a-1 b-1 2`", Verdict.Right)]
    [InlineData("one-line", "a-1b-1 2", Verdict.Wrong)]
    [InlineData("one-line", "a-1 b-1 / 2", Verdict.Wrong)]
    // number: units, thousands separators, approximations, totals in sentences
    [InlineData("seconds", "3", Verdict.Right)]
    [InlineData("seconds", "3s", Verdict.Right)]
    [InlineData("seconds", "~3s", Verdict.Right)]
    [InlineData("seconds", "3 sec", Verdict.Right)]
    [InlineData("seconds", "about 3.2 seconds", Verdict.Right)]
    [InlineData("seconds", "3,000 ms", Verdict.Right)]
    [InlineData("seconds", "3000ms", Verdict.Right)]
    [InlineData("seconds", "3,2", Verdict.Right)]
    [InlineData("seconds", "three seconds", Verdict.Right)]
    [InlineData("seconds", "**3s**", Verdict.Right)]
    [InlineData("seconds", "`3`", Verdict.Right)]
    [InlineData("seconds", "1s each, so 3s total", Verdict.Right)]
    [InlineData("seconds", "3 x 1s = 3s", Verdict.Right)]
    [InlineData("seconds", "3s because 3 sleeps of 1s", Verdict.Right)]
    [InlineData("seconds", "~3s (1s each)", Verdict.Right)]
    [InlineData("seconds", "1s", Verdict.Wrong)]
    [InlineData("seconds", "3 x 1s at once, so 1s total", Verdict.Wrong)]
    [InlineData("seconds", "3,000", Verdict.Wrong)]
    [InlineData("seconds", "3 minutes", Verdict.Wrong)]
    [InlineData("seconds", "2 or 3", Verdict.Unrecognised)]
    [InlineData("seconds", "1-3s", Verdict.Unrecognised)]
    [InlineData("seconds", "fast", Verdict.Unrecognised)]
    [InlineData("exact", "max(1,1,1) = 1", Verdict.Right)]
    [InlineData("exact", "1,1", Verdict.Wrong)]
    [InlineData("exact", "1,000", Verdict.Wrong)]
    // error: spaced, lower-case and qualified names; base classes are close
    [InlineData("key", "KeyError", Verdict.Right)]
    [InlineData("key", "keyerror", Verdict.Right)]
    [InlineData("key", "key error", Verdict.Right)]
    [InlineData("key", "it raises a Key Error", Verdict.Right)]
    [InlineData("key", "**KeyError**", Verdict.Right)]
    [InlineData("key", "```\nKeyError: 'port'\n```", Verdict.Right)]
    [InlineData("key", "builtins.KeyError", Verdict.Right)]
    [InlineData("key", "LookupError", Verdict.Close)]
    [InlineData("key", "lookup error", Verdict.Close)]
    [InlineData("key", "Exception", Verdict.Close)]
    [InlineData("key", "BaseException", Verdict.Close)]
    [InlineData("key", "IndexError", Verdict.Wrong)]
    [InlineData("key", "no error", Verdict.Wrong)]
    [InlineData("key", "an error", Verdict.Unrecognised)]
    [InlineData("key", "it crashes", Verdict.Unrecognised)]
    [InlineData("unbound", "Unbound local error", Verdict.Right)]
    [InlineData("unbound", "unboundlocalerror", Verdict.Right)]
    [InlineData("unbound", "UnboundLocalError: local variable 'count'", Verdict.Right)]
    [InlineData("unbound", "NameError", Verdict.Close)]
    [InlineData("value", "value error", Verdict.Right)]
    [InlineData("value", "valueerror", Verdict.Right)]
    [InlineData("value", "Value Error: invalid literal", Verdict.Right)]
    [InlineData("value", "UnicodeError", Verdict.Wrong)]
    [InlineData("value", "ArithmeticError", Verdict.Wrong)]
    [InlineData("cancelled", "asyncio cancelled error", Verdict.Right)]
    [InlineData("cancelled", "asyncio.exceptions.CancelledError", Verdict.Right)]
    [InlineData("cancelled", "BaseException", Verdict.Close)]
    [InlineData("cancelled", "Exception", Verdict.Wrong)]
    [InlineData("frozen", "frozen instance error", Verdict.Right)]
    [InlineData("frozen", "AttributeError", Verdict.Close)]
    [InlineData("os", "IOError", Verdict.Right)]
    [InlineData("os", "FileNotFoundError", Verdict.Wrong)]
    public void Check_TypedAnswer(string answer, string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(Answers[answer], prediction).Verdict);

    [Theory]
    [InlineData("key", "LookupError", "LookupError is a base class of KeyError, the exception it raises: name the exact class")]
    [InlineData("cancelled", "exception", "it raises CancelledError, which is not an Exception subclass (it derives from BaseException directly)")]
    [InlineData("output", "ab ab\n42\n[None, None]", "line 1: the spacing differs: expected `abab`, got `ab ab` (a space Python prints, or does not, counts)")]
    [InlineData("output", "abab/42", "expected 3 lines, got 2")]
    [InlineData("choice", "A or B", "you named A and B: pick one letter")]
    [InlineData("choice", "B) 3 seconds", "you wrote B but the text of A: pick one")]
    [InlineData("choice", "E", "there is no option E: answer with A, B, C or D or an option's text")]
    [InlineData("seconds", "2 or 3", "several different numbers (2, 3): type just your answer, e.g. `3`")]
    [InlineData("exact", "max(1,1,1) = 1.1", "1.1 is outside 1 ± 0")]
    public void Check_Reason_SaysWhy(string answer, string prediction, string reason) =>
        Assert.Equal(reason, AnswerChecker.Check(Answers[answer], prediction).Reason);
}
