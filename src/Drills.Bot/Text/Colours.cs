namespace Drills.Bot.Text;

/// <summary>The embed colours every feature shares, so a result or a status looks the same wherever it comes from.</summary>
public static class Colours
{
    public const int Blue = 0x3B82F6;
    public const int Green = 0x22C55E;
    public const int Grey = 0x6B7280;
    public const int Amber = 0xF59E0B;
    public const int Red = 0xEF4444;
}
