namespace Drills.Discord;
