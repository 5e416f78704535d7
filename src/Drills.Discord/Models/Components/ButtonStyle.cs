namespace Drills.Discord;

/// <summary>Button styles: 1 primary, 2 secondary, 3 success, 4 danger, 5 link (needs <c>url</c>, no <c>custom_id</c>).</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
