using System.Text.Json;

namespace Drills.Discord.Tests.Models;

/// <summary>
/// Interactions as Discord sends them: a guild command with a subcommand and options (member, permissions as a
/// string), a DM command (user, no member), a button, autocomplete, and modal submits in both shapes (Label
/// type 18 and legacy action rows). Unknown fields are ignored.
/// </summary>
public sealed class InteractionTests
{
    [Fact]
    public void GuildSubcommand_ExposesInvokerPermissionsAndOptions()
    {
        var interaction = Parse("""
            {"id":"10","application_id":"20","type":2,"token":"tok","guild_id":"30","channel_id":"40","context":0,"locale":"fr","brand_new_field":{"x":1},
             "member":{"user":{"id":"50","username":"ann","global_name":"Ann"},"nick":null,"permissions":"2147483648","roles":["1"]},
             "data":{"id":"60","name":"drill","type":1,"options":[{"name":"post","type":1,"options":[
                {"name":"id","type":3,"value":"d-7"},{"name":"count","type":4,"value":3},{"name":"who","type":6,"value":"12345678901234567890"},{"name":"now","type":5,"value":true}]}]}}
            """);

        Assert.Equal((10UL, 20UL, InteractionType.ApplicationCommand, "tok"), (interaction.Id, interaction.ApplicationId, interaction.Type, interaction.Token));
        Assert.False(interaction.IsDm);
        Assert.Equal(50UL, interaction.Invoker!.Id);
        Assert.Equal("Ann", interaction.Invoker.DisplayName);
        Assert.Equal(2147483648UL, interaction.Member!.Permissions);
        Assert.Equal(InteractionContextType.Guild, interaction.Context);
        Assert.Equal("post", interaction.GetSubcommand());
        Assert.Null(interaction.GetSubcommandGroup());
        Assert.Equal("d-7", interaction.GetString("id"));
        Assert.Equal(3, interaction.GetInt("count"));
        Assert.Equal(12345678901234567890UL, interaction.GetSnowflake("who"));
        Assert.True(interaction.GetBoolean("now"));
        Assert.Null(interaction.GetString("missing"));
    }

    [Fact]
    public void DmCommand_HasUserInsteadOfMember()
    {
        var interaction = Parse("""{"id":"1","application_id":"2","type":2,"token":"t","channel_id":"3","context":1,"user":{"id":"4","username":"bob"},"data":{"name":"score","type":1}}""");

        Assert.True(interaction.IsDm);
        Assert.Null(interaction.Member);
        Assert.Equal(4UL, interaction.Invoker!.Id);
        Assert.Null(interaction.GetSubcommand());
    }

    [Fact]
    public void ButtonAndSelect_ExposeCustomIdAndValues()
    {
        var interaction = Parse("""
            {"id":"1","application_id":"2","type":3,"token":"t","guild_id":"9","member":{"user":{"id":"4","username":"a"},"permissions":"0"},
             "message":{"id":"77","channel_id":"3","content":"post","components":[{"type":1,"components":[{"type":2,"style":1,"label":"B","custom_id":"predict:77:B"}]}]},
             "data":{"custom_id":"pick:77","component_type":3,"values":["a","b"]}}
            """);

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Equal(("pick:77", ComponentType.StringSelect), (interaction.Data!.CustomId, interaction.Data.ComponentType));
        Assert.Equal(["a", "b"], interaction.Data.Values!);
        Assert.Equal("predict:77:B", Assert.IsType<ButtonComponent>(Assert.IsType<ActionRowComponent>(interaction.Message!.Components![0]).Components[0]).CustomId);
    }

    [Fact]
    public void Autocomplete_FindsTheFocusedOption()
    {
        var interaction = Parse("""{"id":"1","application_id":"2","type":4,"token":"t","user":{"id":"4","username":"a"},"data":{"name":"drill","type":1,"options":[{"name":"post","type":1,"options":[{"name":"id","type":3,"value":"d-","focused":true}]}]}}""");

        Assert.Equal("id", interaction.GetFocusedOption()!.Name);
        Assert.Equal("d-", interaction.GetString("id"));
    }

    [Theory]
    [InlineData("""[{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"move","value":"e4"}}]""")]
    [InlineData("""[{"type":1,"components":[{"type":4,"custom_id":"move","value":"e4"}]}]""")]
    public void ModalSubmit_AcceptsLabelAndActionRowShapes(string components)
    {
        var interaction = Parse($$$"""{"id":"1","application_id":"2","type":5,"token":"t","user":{"id":"4","username":"a"},"data":{"custom_id":"predict:9","components":{{{components}}}}}""");

        Assert.Equal(InteractionType.ModalSubmit, interaction.Type);
        Assert.Equal("e4", interaction.GetModalValue("move"));
        Assert.Null(interaction.GetModalValue("other"));
    }

    [Fact]
    public void ModalSubmit_SelectInsideLabel_YieldsItsValue()
    {
        var interaction = Parse("""{"id":"1","application_id":"2","type":5,"token":"t","data":{"custom_id":"m","components":[{"type":18,"component":{"type":3,"custom_id":"side","values":["white"]}}]}}""");

        Assert.Equal("white", interaction.GetModalValue("side"));
    }

    private static Interaction Parse(string json) => JsonSerializer.Deserialize<Interaction>(json, DiscordJson.Options)!;
}
