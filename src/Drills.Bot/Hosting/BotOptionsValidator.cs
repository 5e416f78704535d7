using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Redo;
using Drills.Bot.Schedule;
using Drills.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Hosting;

/// <summary>Validates each settings section at start, with messages that say what is accepted.</summary>
internal sealed class BotOptionsValidator :
    IValidateOptions<RedoOptions>, IValidateOptions<GroupDefaultsOptions>, IValidateOptions<StorageOptions>, IValidateOptions<DrillsOptions>
{
    public ValidateOptionsResult Validate(string? name, RedoOptions options) =>
        RedoOptions.TryParse(options.Intervals, out _, out var error) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(error);

    public ValidateOptionsResult Validate(string? name, GroupDefaultsOptions options)
    {
        if (!TimeZones.TryParseTime(options.DefaultPostTime, out _))
        {
            return ValidateOptionsResult.Fail($"Groups:DefaultPostTime: '{options.DefaultPostTime}' is not a time like 09:00");
        }

        return TimeZones.TryFind(options.DefaultTimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Groups:DefaultTimeZone: '{options.DefaultTimeZone}' is not an IANA time zone like Europe/Berlin or UTC");
    }

    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail("Storage:ConnectionString is empty")
            : ValidateOptionsResult.Success;

    public ValidateOptionsResult Validate(string? name, DrillsOptions options) =>
        Directory.Exists(options.Path)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Drills:Path: the folder '{Path.GetFullPath(options.Path)}' does not exist");
}
