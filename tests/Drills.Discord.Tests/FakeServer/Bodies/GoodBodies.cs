namespace Drills.Discord.Tests.FakeServer.Bodies;

/// <summary>Valid shapes the client can build that the recorded corpus happens not to hold.</summary>
internal static class GoodBodies
{
    private const string Callback = "/interactions/{interaction_id}/{interaction_token}/callback";

    public static IReadOnlyDictionary<string, BadBody> All { get; } = new Dictionary<string, BadBody>
    {
        ["deferred update"] = new("POST", Callback, """{"type": 6}"""),
        ["thread with a week's archive and slow mode"] = new("POST", "/channels/{channel_id}/messages/{message_id}/threads", """{"name": "Drill 3: why ~3s?", "auto_archive_duration": 10080, "rate_limit_per_user": 30}"""),
        ["thread with a name only"] = new("POST", "/channels/{channel_id}/messages/{message_id}/threads", """{"name": "t"}"""),
        ["ephemeral defer"] = new("POST", Callback, """{"type": 5, "data": {"flags": 64}}"""),
        ["modal in the older action-row shape"] = new("POST", Callback, """{"type": 9, "data": {"custom_id": "m", "title": "Predict", "components": [{"type": 1, "components": [{"type": 4, "custom_id": "answer", "style": 2, "label": "Your prediction", "min_length": 1, "max_length": 400, "required": true}]}]}}"""),
        ["numeric autocomplete"] = new("POST", Callback, """{"type": 8, "data": {"choices": [{"name": "one", "value": 1}, {"name": "half", "value": 0.5}]}}"""),
        ["update removing the buttons"] = new("POST", Callback, """{"type": 7, "data": {"content": "closed", "components": [], "allowed_mentions": {"parse": []}}}"""),
        ["link button and a select"] = new("POST", "/channels/{channel_id}/messages", """{"content": "x", "components": [{"type": 1, "components": [{"type": 2, "style": 5, "label": "Docs", "url": "https://example.com"}]}, {"type": 1, "components": [{"type": 3, "custom_id": "level", "options": [{"label": "Easy", "value": "1", "default": true}], "min_values": 1, "max_values": 1}]}], "allowed_mentions": {"parse": [], "users": ["80351110224678912"]}}"""),
        ["commands with every option kind"] = new("PUT", "/applications/{application_id}/commands", """[{"name": "drills", "description": "Run the group", "default_member_permissions": "32", "contexts": [0], "integration_types": [0], "options": [{"type": 2, "name": "admin", "description": "Admin", "options": [{"type": 1, "name": "packs", "description": "Packs", "options": [{"type": 3, "name": "packs", "description": "Which", "min_length": 1, "max_length": 200}]}]}, {"type": 1, "name": "setup", "description": "Set up", "options": [{"type": 7, "name": "channel", "description": "Where", "required": true, "channel_types": [0]}, {"type": 4, "name": "hour", "description": "Hour", "min_value": 0, "max_value": 23, "choices": [{"name": "nine", "value": 9}]}, {"type": 10, "name": "ratio", "description": "Ratio", "autocomplete": true}, {"type": 6, "name": "member", "description": "Who"}]}]}]"""),
    };
}
