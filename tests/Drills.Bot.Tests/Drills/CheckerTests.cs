using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// The checkers' tables of right and wrong answers, per kind: choice (letter, text, case), output (trailing
/// whitespace, blank edges, " / ", alternatives, order), number (units, tolerance), error (dotted names, message).
/// </summary>
public sealed class CheckerTests
{
    private static readonly ChoiceAnswer Choice = new(
        [new('A', "3 seconds"), new('B', "1 second"), new('C', "It raises RuntimeError")], 'B', new RealBehaviour("1s", null, null));

    [Theory]
    [InlineData("B", Verdict.Right)]
    [InlineData("b", Verdict.Right)]
    [InlineData(" (b) ", Verdict.Right)]
    [InlineData("B)", Verdict.Right)]
    [InlineData("option b", Verdict.Right)]
    [InlineData("1 SECOND", Verdict.Right)]
    [InlineData("B) 1 second", Verdict.Right)]
    [InlineData("a", Verdict.Wrong)]
    [InlineData("3 seconds", Verdict.Wrong)]
    [InlineData("D", Verdict.Unrecognised)]
    [InlineData("two seconds", Verdict.Unrecognised)]
    [InlineData("", Verdict.Unrecognised)]
    public void Choice_Table(string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(Choice, prediction).Verdict);

    [Theory]
    [InlineData("maybe", "answer with A, B or C or an option's text")]
    [InlineData("Z", "there is no option Z: answer with A, B or C or an option's text")]
    public void Choice_Unrecognised_SaysWhatIsAccepted(string prediction, string reason) =>
        Assert.Equal(reason, ChoiceChecker.Check(Choice, prediction).Reason);

    private static readonly OutputAnswer Output = new("start\n[1, 2]\ndone", ["start\n[1, 2]\nfinished"]);

    [Theory]
    [InlineData("start\n[1, 2]\ndone", Verdict.Right)]
    [InlineData("\n\nstart   \n[1, 2]\t\ndone\n\n", Verdict.Right)]
    [InlineData("start / [1, 2] / done", Verdict.Right)]
    [InlineData("start\r\n[1,2]\r\ndone", Verdict.Right)]
    [InlineData("start\n[1, 2]\nfinished", Verdict.Right)]
    [InlineData("done\nstart\n[1, 2]", Verdict.Close)]
    [InlineData("start\n[1, 2]", Verdict.Wrong)]
    [InlineData("Start\n[1, 2]\ndone", Verdict.Wrong)]
    [InlineData("start\n(1, 2)\ndone", Verdict.Wrong)]
    [InlineData("   \n", Verdict.Unrecognised)]
    public void Output_Table(string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(Output, prediction).Verdict);

    [Theory]
    [InlineData("start", "expected 3 lines, got 1")]
    [InlineData("done\nstart\n[1, 2]", "the right lines, in the wrong order")]
    [InlineData("Start\n[1, 2]\ndone", "line 1: differs only in letter case (Python output is case-sensitive)")]
    [InlineData("start\n(1, 2)\ndone", "line 2: expected `[1, 2]`, got `(1, 2)`")]
    public void Output_Reason_SaysWhatDiffers(string prediction, string reason) =>
        Assert.Equal(reason, AnswerChecker.Check(Output, prediction).Reason);

    [Fact]
    public void Output_SlashInsideExpectedLine_IsNotSplit() =>
        Assert.True(AnswerChecker.Check(new OutputAnswer("a / b", []), "a / b").IsRight);

    private static readonly NumberAnswer Seconds = new(2, TimeUnit.Seconds, new Tolerance(0.5, false));

    [Theory]
    [InlineData("2", Verdict.Right)]
    [InlineData("2.0", Verdict.Right)]
    [InlineData("2s", Verdict.Right)]
    [InlineData("~2 seconds", Verdict.Right)]
    [InlineData("about 2.4 sec", Verdict.Right)]
    [InlineData("2000ms", Verdict.Right)]
    [InlineData("two seconds", Verdict.Right)]
    [InlineData("2,1", Verdict.Right)]
    [InlineData("3", Verdict.Wrong)]
    [InlineData("1.4s", Verdict.Wrong)]
    [InlineData("2 minutes", Verdict.Wrong)]
    [InlineData("fast", Verdict.Unrecognised)]
    public void Number_Table(string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(Seconds, prediction).Verdict);

    [Theory]
    [InlineData(100, "110", Verdict.Right)]
    [InlineData(100, "89", Verdict.Wrong)]
    public void Number_RelativeTolerance(double expected, string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(new NumberAnswer(expected, null, new Tolerance(0.1, true)), prediction).Verdict);

    [Fact]
    public void Number_Wrong_SaysTheRange() =>
        Assert.Equal("3 is outside ~2s ± 0.5", NumberChecker.Check(Seconds, "3").Reason);

    private static readonly ErrorAnswer Cancelled = new("asyncio.CancelledError", null, false);
    private static readonly ErrorAnswer Runtime = new("RuntimeError", "cannot be called from a running event loop", true);

    [Theory]
    [InlineData("CancelledError", Verdict.Right)]
    [InlineData("asyncio.CancelledError", Verdict.Right)]
    [InlineData("asyncio.exceptions.CancelledError", Verdict.Right)]
    [InlineData("it raises cancellederror", Verdict.Right)]
    [InlineData("`CancelledError: boom`", Verdict.Right)]
    [InlineData("TimeoutError", Verdict.Wrong)]
    [InlineData("no error", Verdict.Wrong)]
    [InlineData("", Verdict.Unrecognised)]
    public void Error_Table(string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(Cancelled, prediction).Verdict);

    [Theory]
    [InlineData("RuntimeError: asyncio.run() cannot be called from a running event loop", Verdict.Right)]
    [InlineData("RuntimeError: Cannot be called from a   running event loop", Verdict.Right)]
    [InlineData("RuntimeError", Verdict.Close)]
    [InlineData("ValueError: cannot be called from a running event loop", Verdict.Wrong)]
    public void Error_MessageRequired_Table(string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(Runtime, prediction).Verdict);

    [Theory]
    [InlineData("`AttributeError: 'P' object has no attribute '__slots__'`", Verdict.Right)]
    [InlineData("**AttributeError**: no attribute '__slots__'", Verdict.Right)]
    [InlineData("AttributeError: no attribute 'slots'", Verdict.Close)]
    public void Error_Message_KeepsUnderscoresAndStars(string prediction, Verdict verdict) =>
        Assert.Equal(verdict, AnswerChecker.Check(new ErrorAnswer("AttributeError", "no attribute '__slots__'", true), prediction).Verdict);
}
