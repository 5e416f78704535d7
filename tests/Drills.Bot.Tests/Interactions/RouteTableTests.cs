using Drills.Bot.Interactions;
using Drills.Discord;

namespace Drills.Bot.Tests.Interactions;

/// <summary>
/// Which feature takes an interaction. Cases: a slash command and its autocomplete by name; a button and a modal by
/// custom id kind; an unknown command or a foreign id goes nowhere; the commands to register come in registration
/// order; two features claiming one command or one kind stop the bot at start, naming both.
/// </summary>
public sealed class RouteTableTests
{
    private static readonly RouteTable Table = new(
    [
        new RouteRegistration(typeof(DailyRoute), [Command("predict")], ["predict", "choice"]),
        new RouteRegistration(typeof(ListRoute), [Command("redo"), Command("list")], ["redo"]),
    ]);

    [Theory]
    [InlineData(InteractionType.ApplicationCommand, "predict", null, typeof(DailyRoute))]
    [InlineData(InteractionType.Autocomplete, "list", null, typeof(ListRoute))]
    [InlineData(InteractionType.MessageComponent, null, "choice:12:B", typeof(DailyRoute))]
    [InlineData(InteractionType.ModalSubmit, null, "redo:7", typeof(ListRoute))]
    [InlineData(InteractionType.ApplicationCommand, "boom", null, null)]
    [InlineData(InteractionType.MessageComponent, null, "choice:twelve", null)]
    [InlineData(InteractionType.MessageComponent, null, "other:1", null)]
    [InlineData(InteractionType.Ping, "predict", null, null)]
    public void Find(InteractionType type, string? name, string? customId, Type? route) =>
        Assert.Equal(route, Table.Find(new Interaction { Type = type, Data = new InteractionData { Name = name, CustomId = customId } }));

    [Fact]
    public void Commands_AreEveryRoutesInOrder() => Assert.Equal(["predict", "redo", "list"], Table.Commands.Select(c => c.Name));

    [Fact]
    public void TwoRoutesClaimingOneCommand_AreRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RouteTable(
            [new RouteRegistration(typeof(DailyRoute), [Command("predict")], []), new RouteRegistration(typeof(ListRoute), [Command("predict")], [])]));

        Assert.Equal("The command 'predict' is claimed by both DailyRoute and ListRoute.", error.Message);
    }

    [Fact]
    public void TwoRoutesClaimingOneKind_AreRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RouteTable(
            [new RouteRegistration(typeof(DailyRoute), [], ["redo"]), new RouteRegistration(typeof(ListRoute), [], ["redo"])]));

        Assert.Equal("The custom id kind 'redo' is claimed by both DailyRoute and ListRoute.", error.Message);
    }

    private static ApplicationCommand Command(string name) => new() { Name = name, Description = name };

    private sealed class DailyRoute : IInteractionRoute
    {
        public Task<HandlerResult> HandleAsync(Interaction interaction, CancellationToken ct) => throw new NotSupportedException();
    }

    private sealed class ListRoute : IInteractionRoute
    {
        public Task<HandlerResult> HandleAsync(Interaction interaction, CancellationToken ct) => throw new NotSupportedException();
    }
}
