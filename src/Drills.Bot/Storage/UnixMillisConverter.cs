using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Drills.Bot.Storage;

/// <summary>Stores an instant as Unix milliseconds, comparable and indexable in SQLite.</summary>
internal sealed class UnixMillisConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.ToUnixTimeMilliseconds(),
    v => DateTimeOffset.FromUnixTimeMilliseconds(v));
