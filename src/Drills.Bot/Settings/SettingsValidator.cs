using Microsoft.Extensions.Options;

namespace Drills.Bot.Settings;

/// <summary>One section's check, as the options system runs it at start.</summary>
internal sealed class SettingsValidator<T>(Func<T, string?> problem) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        problem(options) is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
