namespace Drills.Discord;

/// <summary>A Discord user (only the fields the client reads; unknown fields are ignored).</summary>
public sealed class User
{
    public ulong Id { get; set; }
    public string Username { get; set; } = "";
    public string? GlobalName { get; set; }
    public bool? Bot { get; set; }

    /// <summary>The name to show: the display name when set, else the username.</summary>
    public string DisplayName => string.IsNullOrEmpty(GlobalName) ? Username : GlobalName;
}
