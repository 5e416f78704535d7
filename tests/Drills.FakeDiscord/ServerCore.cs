using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.Gateway;
using Drills.FakeDiscord.Interactions;
using Drills.FakeDiscord.Recording;
using Drills.FakeDiscord.Rest;
using Drills.FakeDiscord.State;
using Drills.FakeDiscord.Uploads;
using Drills.FakeDiscord.Validation;

namespace Drills.FakeDiscord;

/// <summary>The parts of the fake shared by the gateway, REST routes and the test-facing API.</summary>
internal sealed class ServerCore
{
    public ServerCore(FakeDiscordOptions options)
    {
        Options = options;
        Recorder = new Recorder(options.TimeProvider);
        State = new FakeState(new SnowflakeGenerator(options.TimeProvider));
        ApplicationId = State.Ids.Next();
        Bot = State.AddUser("drills-bot", isBot: true);
        Gateway = new GatewayHub(options, State, Recorder, Bot, ApplicationId);
        Limiter = new RateLimiter(options);
        Validator = new RequestValidator(options);
    }

    public FakeDiscordOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    public Recorder Recorder { get; }

    public FakeState State { get; }

    public MessageStore Messages { get; } = new();

    public ulong ApplicationId { get; }

    public FakeUser Bot { get; }

    public GatewayHub Gateway { get; }

    public RateLimiter Limiter { get; }

    public RouteFaults Faults { get; } = new();

    public RequestValidator Validator { get; }

    public ConcurrentDictionary<ulong, PendingInteraction> Interactions { get; } = new();

    public ConcurrentDictionary<string, PendingInteraction> InteractionsByToken { get; } = new();

    /// <summary>Registered commands: key 0 = global, else the guild id.</summary>
    public ConcurrentDictionary<ulong, JsonArray> Commands { get; } = new();

    public int CommandWrites;

    /// <summary>Stores a new message the bot created and records it.</summary>
    public JsonObject CreateMessage(FakeChannel channel, JsonObject? body, MessageSource source, ulong? interactionId, int type = 0, IReadOnlyList<RecordedFile>? files = null)
    {
        var id = State.Ids.Next();
        var now = Time.GetUtcNow();
        var message = Payloads.Message(id, channel.Id, channel.GuildId, Bot, Stored(body, files, channel.Id), now, type);
        Messages.Put(id, channel.Id, message);
        Record(id, channel, body, source, interactionId, files);
        return (JsonObject)message.DeepClone();
    }

    public void Record(ulong messageId, FakeChannel channel, JsonObject? body, MessageSource source, ulong? interactionId, IReadOnlyList<RecordedFile>? files = null)
    {
        var element = body is null ? JsonSerializer.SerializeToElement(new { }) : JsonSerializer.SerializeToElement(body);
        Recorder.Messages.Add(new RecordedMessage(
            messageId, channel.Id, channel.GuildId, channel.IsDm, channel.RecipientId, interactionId, source, element, Time.GetUtcNow())
        {
            Files = files ?? [],
        });
    }

    /// <summary>A create/edit body as the message stores it: uploaded files become attachment objects.</summary>
    public JsonObject? Stored(JsonObject? body, IReadOnlyList<RecordedFile>? files, ulong channelId) =>
        AttachmentPayloads.Resolve(body, files ?? [], State.Ids, channelId);
}
