using System.Text.Json;

namespace Drills.Discord.Tests.Models.Components;

/// <summary>
/// One type per component kind (Discord's "Component Types"): each writes the documented shape, field for field
/// and in the order the one-class model wrote it (type and id first), and reads back as its own type, whatever
/// position <c>type</c> has in the object. Received modal submits read as the same types with their values.
/// A kind the client does not model reads as <see cref="UnknownComponent"/> and is written back unchanged.
/// </summary>
public sealed class ComponentJsonTests
{
    public static TheoryData<string, Component, string> Kinds => new()
    {
        {
            "action row of buttons",
            Component.ActionRow(Component.Button(ButtonStyle.Primary, "A", "predict:1:A"), Component.Button(ButtonStyle.Danger, "B", "predict:1:B", disabled: true)),
            """{"type":1,"components":[{"type":2,"style":1,"label":"A","custom_id":"predict:1:A"},{"type":2,"style":4,"label":"B","custom_id":"predict:1:B","disabled":true}]}"""
        },
        {
            "link button",
            Component.LinkButton("Docs", "https://example.com/"),
            """{"type":2,"style":5,"label":"Docs","url":"https://example.com/"}"""
        },
        {
            "string select",
            Component.StringSelect("level:1", [new SelectOption { Label = "Easy", Value = "1", Description = "warm-up" }, new SelectOption { Label = "Hard", Value = "2", Default = true }], placeholder: "Level", minValues: 1, maxValues: 1),
            """{"type":3,"custom_id":"level:1","placeholder":"Level","min_values":1,"max_values":1,"options":[{"label":"Easy","value":"1","description":"warm-up"},{"label":"Hard","value":"2","default":true}]}"""
        },
        {
            "text input, legacy shape with its label",
            Component.TextInput("answer", TextInputStyle.Paragraph, label: "Answer", minLength: 1, maxLength: 4000, required: false, placeholder: "print(...)", value: "42"),
            """{"type":4,"style":2,"label":"Answer","custom_id":"answer","placeholder":"print(...)","min_length":1,"max_length":4000,"required":false,"value":"42"}"""
        },
        {
            "label wrapping a text input",
            Component.LabelFor("Move", Component.TextInput("move", TextInputStyle.Short, maxLength: 20, required: true), description: "Your move"),
            """{"type":18,"label":"Move","description":"Your move","component":{"type":4,"style":1,"custom_id":"move","max_length":20,"required":true}}"""
        },
        {
            "user select with a default",
            new UserSelectComponent { Id = 3, CustomId = "who", MaxValues = 2, DefaultValues = [new SelectDefaultValue { Id = 42, Type = "user" }] },
            """{"type":5,"id":3,"custom_id":"who","max_values":2,"default_values":[{"id":"42","type":"user"}]}"""
        },
        {
            "role select",
            new RoleSelectComponent { CustomId = "role", Placeholder = "Pick a role", Disabled = true },
            """{"type":6,"custom_id":"role","disabled":true,"placeholder":"Pick a role"}"""
        },
        {
            "mentionable select",
            new MentionableSelectComponent { CustomId = "ping", MinValues = 0, DefaultValues = [new SelectDefaultValue { Id = 7, Type = "role" }] },
            """{"type":7,"custom_id":"ping","min_values":0,"default_values":[{"id":"7","type":"role"}]}"""
        },
        {
            "channel select",
            new ChannelSelectComponent { CustomId = "where", ChannelTypes = [0, 5], DefaultValues = [new SelectDefaultValue { Id = 9, Type = "channel" }] },
            """{"type":8,"custom_id":"where","channel_types":[0,5],"default_values":[{"id":"9","type":"channel"}]}"""
        },
        {
            "text display",
            new TextDisplayComponent { Content = "**Predict first.**" },
            """{"type":10,"content":"**Predict first.**"}"""
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKind_WritesItsDocumentedShape_AndReadsBack(string kind, Component component, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(component, DiscordJson.Options));

        var read = JsonSerializer.Deserialize<Component>(json, DiscordJson.Options)!;

        Assert.IsType(component.GetType(), read);
        Assert.Equal(component.Type, read.Type);
        Assert.True(json == JsonSerializer.Serialize(read, DiscordJson.Options), kind);
    }

    [Fact]
    public void TypeNeedNotComeFirst()
    {
        var read = JsonSerializer.Deserialize<Component>("""{"custom_id":"go:1","label":"Go","style":3,"type":2}""", DiscordJson.Options);

        var button = Assert.IsType<ButtonComponent>(read);
        Assert.Equal(("go:1", "Go", ButtonStyle.Success), (button.CustomId, button.Label, button.Style));
    }

    [Theory]
    [InlineData("""{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"move","value":"e4"}}""")]
    [InlineData("""{"type":1,"id":1,"components":[{"type":4,"id":2,"custom_id":"move","value":"e4"}]}""")]
    [InlineData("""{"type":18,"id":1,"component":{"type":3,"id":2,"custom_id":"side","values":["white"]}}""")]
    [InlineData("""{"type":18,"id":1,"component":{"type":5,"id":2,"custom_id":"who","values":["42","43"]}}""")]
    [InlineData("""{"type":10,"id":3}""")]
    public void ReceivedModalSubmitComponents_ReadWithTheirValues_AndWriteBackUnchanged(string json)
    {
        var read = JsonSerializer.Deserialize<Component>(json, DiscordJson.Options)!;

        Assert.IsNotType<UnknownComponent>(read);
        Assert.Equal(json, JsonSerializer.Serialize(read, DiscordJson.Options));
    }

    [Fact]
    public void SubmittedValues_AreTyped()
    {
        var label = Assert.IsType<LabelComponent>(JsonSerializer.Deserialize<Component>(
            """{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"move","value":"e4"}}""", DiscordJson.Options));
        var row = Assert.IsType<ActionRowComponent>(JsonSerializer.Deserialize<Component>(
            """{"type":1,"components":[{"type":8,"custom_id":"where","values":["99"]}]}""", DiscordJson.Options));

        var input = Assert.IsType<TextInputComponent>(label.Component);
        Assert.Equal(("move", "e4", 2), (input.CustomId, input.Value, input.Id));
        Assert.Equal(default, input.Style);
        Assert.Equal(["99"], Assert.IsType<ChannelSelectComponent>(Assert.Single(row.Components)).Values!);
    }

    [Fact]
    public void UnknownKind_ReadsAsUnknown_AndIsWrittenBackAsItCame()
    {
        const string container = """{"type":17,"accent_color":255,"components":[{"type":10,"content":"hi"}]}""";
        var message = JsonSerializer.Deserialize<Message>($$"""{"id":"1","channel_id":"2","content":"","components":[{{container}},{"type":1,"components":[]}]}""", DiscordJson.Options)!;

        var unknown = Assert.IsType<UnknownComponent>(message.Components![0]);
        Assert.Equal((ComponentType)17, unknown.Type);
        Assert.IsType<ActionRowComponent>(message.Components[1]);
        Assert.Equal(container, JsonSerializer.Serialize<Component>(unknown, DiscordJson.Options));
    }

    [Fact]
    public void NotAnObject_IsRefused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Component>("[1]", DiscordJson.Options));
    }
}
