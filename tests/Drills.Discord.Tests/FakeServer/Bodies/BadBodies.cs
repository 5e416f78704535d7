namespace Drills.Discord.Tests.FakeServer.Bodies;

/// <summary>
/// Request bodies Discord refuses, one per rule, each on a route the client uses. Both the project's schemas
/// and (when present) Discord's official spec must refuse every one: the schemas' agreement test.
/// </summary>
internal static class BadBodies
{
    private const string Messages = "/channels/{channel_id}/messages";
    private const string Message = "/channels/{channel_id}/messages/{message_id}";
    private const string Callback = "/interactions/{interaction_id}/{interaction_token}/callback";
    private const string FollowUp = "/webhooks/{webhook_id}/{webhook_token}";
    private const string WebhookEdit = "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}";
    private const string Commands = "/applications/{application_id}/commands";
    private const string Thread = "/channels/{channel_id}/messages/{message_id}/threads";
    private const string NoPings = """ "allowed_mentions": {"parse": []} """;

    public static IReadOnlyDictionary<string, BadBody> All { get; } = new Dictionary<string, BadBody>
    {
        ["content is a number"] = new("POST", Messages, $$"""{"content": 5, {{NoPings}}}"""),
        ["content over 4000 characters"] = new("POST", Messages, $$"""{"content": "{{Text(4001)}}", {{NoPings}}}"""),
        ["embed title over 256"] = new("POST", Messages, $$"""{"embeds": [{"title": "{{Text(257)}}"}], {{NoPings}}}"""),
        ["embed colour over 0xFFFFFF"] = new("POST", Messages, $$"""{"embeds": [{"color": 16777216}], {{NoPings}}}"""),
        ["embed field without value"] = new("POST", Messages, $$"""{"embeds": [{"fields": [{"name": "a"}]}], {{NoPings}}}"""),
        ["eleven embeds"] = new("POST", Messages, $$"""{"embeds": [{{string.Join(",", Enumerable.Repeat("""{"title": "t"}""", 11))}}], {{NoPings}}}"""),
        ["six buttons in a row"] = new("POST", Messages, $$"""{"content": "x", "components": [{"type": 1, "components": [{{string.Join(",", Enumerable.Range(0, 6).Select(i => Button($"b{i}")))}}]}], {{NoPings}}}"""),
        ["empty action row"] = new("POST", Messages, $$"""{"content": "x", "components": [{"type": 1, "components": []}], {{NoPings}}}"""),
        ["button without style"] = new("POST", Messages, $$"""{"content": "x", "components": [{"type": 1, "components": [{"type": 2, "label": "A", "custom_id": "a"}]}], {{NoPings}}}"""),
        ["custom_id over 100"] = new("POST", Messages, $$"""{"content": "x", "components": [{"type": 1, "components": [{{Button(Text(101))}}]}], {{NoPings}}}"""),
        ["button label over 80"] = new("POST", Messages, $$"""{"content": "x", "components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "{{Text(81)}}", "custom_id": "a"}]}], {{NoPings}}}"""),
        ["select with 26 options"] = new("POST", Messages, $$"""{"content": "x", "components": [{"type": 1, "components": [{"type": 3, "custom_id": "s", "options": [{{string.Join(",", Enumerable.Range(0, 26).Select(i => $$"""{"label": "o{{i}}", "value": "{{i}}"}"""))}}]}]}], {{NoPings}}}"""),
        ["select option without value"] = new("POST", Messages, $$"""{"content": "x", "components": [{"type": 1, "components": [{"type": 3, "custom_id": "s", "options": [{"label": "o"}]}]}], {{NoPings}}}"""),
        ["unknown mention type"] = new("POST", Messages, """{"content": "x", "allowed_mentions": {"parse": ["bogus"]}}"""),
        ["mentioned user id as a number"] = new("POST", Messages, """{"content": "x", "allowed_mentions": {"parse": [], "users": [123]}}"""),
        ["edit with a numeric content"] = new("PATCH", Message, $$"""{"content": 7, {{NoPings}}}"""),
        ["DM recipient that is no snowflake"] = new("POST", "/users/@me/channels", """{"recipient_id": "alice"}"""),
        ["callback of an unknown type"] = new("POST", Callback, """{"type": 3}"""),
        ["callback without a type"] = new("POST", Callback, """{"data": {"content": "x"}}"""),
        ["callback message over 2000"] = new("POST", Callback, $$$"""{"type": 4, "data": {"content": "{{{Text(2001)}}}", {{{NoPings}}}}}"""),
        ["autocomplete with 26 choices"] = new("POST", Callback, $$$"""{"type": 8, "data": {"choices": [{{{Choices(26)}}}]}}"""),
        ["modal title over 45"] = new("POST", Callback, $$$"""{"type": 9, "data": {"custom_id": "m", "title": "{{{Text(46)}}}", "components": [{{{Label()}}}]}}"""),
        ["modal without custom_id"] = new("POST", Callback, $$$"""{"type": 9, "data": {"title": "t", "components": [{{{Label()}}}]}}"""),
        ["modal without components"] = new("POST", Callback, """{"type": 9, "data": {"custom_id": "m", "title": "t", "components": []}}"""),
        ["text input longer than 4000"] = new("POST", Callback, """{"type": 9, "data": {"custom_id": "m", "title": "t", "components": [{"type": 18, "label": "L", "component": {"type": 4, "custom_id": "i", "style": 2, "max_length": 4001}}]}}"""),
        ["follow-up over 2000"] = new("POST", FollowUp, $$"""{"content": "{{Text(2001)}}", {{NoPings}}}"""),
        ["webhook edit with eleven embeds"] = new("PATCH", WebhookEdit, $$"""{"embeds": [{{string.Join(",", Enumerable.Repeat("""{"title": "t"}""", 11))}}], {{NoPings}}}"""),
        ["commands not an array"] = new("PUT", Commands, """{"name": "score", "description": "d"}"""),
        ["command name over 32"] = new("PUT", Commands, $$"""[{"name": "{{Text(33)}}", "description": "d"}]"""),
        ["option description over 100"] = new("PUT", Commands, $$"""[{"name": "drill", "description": "d", "options": [{"type": 3, "name": "id", "description": "{{Text(101)}}"}]}]"""),
        ["26 options"] = new("PUT", Commands, $$"""[{"name": "drill", "description": "d", "options": [{{string.Join(",", Enumerable.Range(0, 26).Select(i => $$"""{"type": 5, "name": "o{{i}}", "description": "d"}"""))}}]}]"""),
        ["unknown context"] = new("PUT", Commands, """[{"name": "score", "description": "d", "contexts": [5]}]"""),
        ["permissions not a number string"] = new("PUT", Commands, """[{"name": "score", "description": "d", "default_member_permissions": "-1"}]"""),
        ["thread name over 100"] = new("POST", Thread, $$"""{"name": "{{Text(101)}}"}"""),
        ["thread without a name"] = new("POST", Thread, """{"auto_archive_duration": 1440}"""),
        ["thread archived after 2 hours"] = new("POST", Thread, """{"name": "t", "auto_archive_duration": 120}"""),
        ["string option max_length over 6000"] = new("PUT", Commands, """[{"name": "drill", "description": "d", "options": [{"type": 3, "name": "id", "description": "d", "max_length": 6001}]}]"""),
    };

    private static string Text(int length) => new('a', length);

    private static string Button(string customId) => $$"""{"type": 2, "style": 1, "label": "A", "custom_id": "{{customId}}"}""";

    private static string Choices(int count) =>
        string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"name": "c{{i}}", "value": "{{i}}"}"""));

    private static string Label() => """{"type": 18, "label": "L", "component": {"type": 4, "custom_id": "i", "style": 1}}""";
}
