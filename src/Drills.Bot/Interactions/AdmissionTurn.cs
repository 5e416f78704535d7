namespace Drills.Bot.Interactions;

/// <summary>One interaction's slot (<see cref="InteractionAdmission"/>); disposing it gives the slot to the next waiting one.</summary>
public sealed class AdmissionTurn(InteractionAdmission owner, long startedAt) : IDisposable
{
    private int done;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref done, 1) == 0)
        {
            owner.Leave(startedAt);
        }
    }
}
