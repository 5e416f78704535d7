using System.Text.Json;
using Drills.FakeDiscord;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>A guild with a drills channel, an organiser and four members, set up through <c>/drills setup</c>.</summary>
internal sealed class GroupWorld
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private GroupWorld(BotHarness bot)
    {
        Bot = bot;
        var discord = bot.Discord;
        Guild = discord.CreateGuild("Study group");
        Channel = discord.CreateTextChannel(Guild, "drills");
        Organiser = discord.CreateMember(Guild, "olive", permissions: 32);
        Alice = discord.CreateMember(Guild, "alice");
        Bob = discord.CreateMember(Guild, "bob");
        Carol = discord.CreateMember(Guild, "carol", dmsClosed: true);
        Dave = discord.CreateMember(Guild, "dave");
    }

    public BotHarness Bot { get; }
    public FakeGuild Guild { get; }
    public FakeChannel Channel { get; }
    public FakeUser Organiser { get; }
    public FakeUser Alice { get; }
    public FakeUser Bob { get; }
    public FakeUser Carol { get; }
    public FakeUser Dave { get; }

    public static async Task<GroupWorld> SetUpAsync(BotHarness bot, string time = "09:00", string zone = "Europe/Berlin")
    {
        var world = new GroupWorld(bot);
        var setup = await bot.Discord.SendSlashCommandAsync(world.Organiser, world.Channel, "drills",
            CommandOption.Subcommand("setup", CommandOption.Channel("channel", world.Channel), CommandOption.String("time", time), CommandOption.String("timezone", zone)));
        Assert.Equal(5, setup.CallbackType);
        var done = await setup.WaitForOriginalEditAsync(Wait);
        Assert.StartsWith("Set up:", done.Content, StringComparison.Ordinal);
        return world;
    }

    /// <summary>The daily drill posts (not edits) in the channel, oldest first.</summary>
    public IReadOnlyList<RecordedMessage> DrillPosts() => Bot.Discord.Messages
        .Where(m => m.ChannelId == Channel.Id && m.Source == MessageSource.ChannelPost && HasComponents(m)).ToList();

    public IReadOnlyList<RecordedMessage> Reveals() => Bot.Discord.Messages
        .Where(m => m.ChannelId == Channel.Id && m.Source == MessageSource.ChannelPost && EmbedTitle(m).StartsWith("Answer", StringComparison.Ordinal)).ToList();

    public static string EmbedTitle(RecordedMessage m) => FirstEmbed(m.Body) is { } e && e.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";

    public static string EmbedTitle(InteractionResult r) => r.Data is { } d && FirstEmbed(d) is { } e && e.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";

    public static JsonElement? FirstEmbed(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("embeds", out var embeds) && embeds.GetArrayLength() > 0 ? embeds[0] : null;

    /// <summary>The value of the first embed field called <paramref name="name"/>, decoded.</summary>
    public static string? Field(JsonElement body, string name) =>
        FirstEmbed(body) is { } e && e.TryGetProperty("fields", out var fields)
            ? fields.EnumerateArray().Where(f => f.GetProperty("name").GetString() == name).Select(f => f.GetProperty("value").GetString()).FirstOrDefault()
            : null;

    public static string Description(JsonElement body) =>
        FirstEmbed(body) is { } e && e.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";

    private static bool HasComponents(RecordedMessage m) =>
        m.Body.TryGetProperty("components", out var c) && c.GetArrayLength() > 0;
}
