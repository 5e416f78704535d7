using Drills.Bot.Drills.Content;
using Drills.Bot.Storage;

namespace Drills.Bot.Answers;

/// <summary>What a source resolves an answer with: the answer's one database context, the drills, who answers and when.</summary>
public sealed record AnswerContext(DrillsDb Db, DrillCatalog Catalog, ulong UserId, DateTimeOffset Now, CancellationToken Ct);
