using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// The <c>data</c> of an interaction callback: message data (<see cref="MessageCreate"/>, <see cref="DeferredData"/>,
/// <see cref="MessageEdit"/>), autocomplete choices (<see cref="AutocompleteData"/>) or a modal (<see cref="ModalData"/>).
/// Written as the concrete type, with no type marker of its own (the callback's <c>type</c> says which).
/// </summary>
[JsonDerivedType(typeof(MessageCreate))]
[JsonDerivedType(typeof(DeferredData))]
[JsonDerivedType(typeof(MessageEdit))]
[JsonDerivedType(typeof(AutocompleteData))]
[JsonDerivedType(typeof(ModalData))]
public interface IInteractionCallbackData;
