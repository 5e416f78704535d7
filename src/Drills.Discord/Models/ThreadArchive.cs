namespace Drills.Discord;

/// <summary>The auto-archive durations Discord accepts, in minutes.</summary>
public static class ThreadArchive
{
    public const int OneHour = 60;
    public const int OneDay = 1440;
    public const int ThreeDays = 4320;
    public const int OneWeek = 10080;
}
