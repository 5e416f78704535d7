namespace Drills.Bot.Settings;

/// <summary>A setting or resource the bot cannot start without; its message is printed alone, without a stack trace.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupException()
    {
    }
}
