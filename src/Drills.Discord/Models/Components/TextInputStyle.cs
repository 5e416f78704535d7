namespace Drills.Discord;

/// <summary>Text input styles: 1 short (one line), 2 paragraph.</summary>
public enum TextInputStyle
{
    Short = 1,
    Paragraph = 2,
}
