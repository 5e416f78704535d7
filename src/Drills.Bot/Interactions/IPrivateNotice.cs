namespace Drills.Bot.Interactions;

/// <summary>
/// A line a feature puts above a member's next private reply, whatever the reply is about (Members: "your DMs are
/// closed, <c>/redo</c> still works"). Asked for every ephemeral reply, so it should answer from one cheap read.
/// </summary>
public interface IPrivateNotice
{
    /// <summary>The line to show this member now, or null; a notice shown once is taken.</summary>
    Task<string?> TakeAsync(ulong userId, CancellationToken ct);
}
