using System.Text.Json;

namespace Drills.Discord.Tests.Models;

/// <summary>
/// A callback's <c>data</c> is typed by what it is (message data, a deferral's flags, autocomplete choices, a modal)
/// and written as that type, with no marker of its own: the callback's <c>type</c> says which
/// (docs/discord.md "Interactions").
/// </summary>
public sealed class InteractionResponseJsonTests
{
    public static TheoryData<InteractionResponse, Type?, string> Responses => new()
    {
        { InteractionResponse.Message("hi", ephemeral: true), typeof(MessageCreate), """{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]},"flags":64}}""" },
        { InteractionResponse.Defer(), null, """{"type":5}""" },
        { InteractionResponse.Defer(ephemeral: true), typeof(DeferredData), """{"type":5,"data":{"flags":64}}""" },
        { InteractionResponse.DeferUpdate(), null, """{"type":6}""" },
        { InteractionResponse.Update(new MessageEdit { Content = "done", Components = [] }), typeof(MessageEdit), """{"type":7,"data":{"content":"done","components":[],"allowed_mentions":{"parse":[]}}}""" },
        { InteractionResponse.Autocomplete([CommandChoice.Of("Berlin", "Europe/Berlin"), CommandChoice.Of("two", 2)]), typeof(AutocompleteData), """{"type":8,"data":{"choices":[{"name":"Berlin","value":"Europe/Berlin"},{"name":"two","value":2}]}}""" },
        {
            InteractionResponse.Modal("predict:42", "Your prediction", Component.LabelFor("Move", Component.TextInput("move", TextInputStyle.Short, maxLength: 20, required: true))),
            typeof(ModalData),
            """{"type":9,"data":{"custom_id":"predict:42","title":"Your prediction","components":[{"type":18,"label":"Move","component":{"type":4,"style":1,"custom_id":"move","max_length":20,"required":true}}]}}"""
        },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public void EachResponse_CarriesTypedData_WrittenAsItsOwnShape(InteractionResponse response, Type? dataType, string json)
    {
        Assert.Equal(dataType, response.Data?.GetType());
        Assert.Equal(json, JsonSerializer.Serialize(response, DiscordJson.Options));
    }
}
