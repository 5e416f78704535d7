namespace Drills.FakeDiscord.Validation;

/// <summary>One validation failure: JSON pointer into the body, Discord-style code, message.</summary>
internal sealed record SchemaError(string Pointer, string Code, string Message)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}
