namespace Drills.FakeDiscord;
