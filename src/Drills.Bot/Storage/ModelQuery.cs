using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Drills.Bot.Storage;

/// <summary>
/// A hot-path query compiled once per model (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, CancellationToken, TResult}})"/>):
/// a LINQ query is otherwise rewritten and looked up in the query cache on every call. EF refuses to run a compiled
/// query with a model other than the one it first ran with, and each provider's context has its own model (a test
/// process runs both), so each model gets its own compiled copy.
/// </summary>
/// <typeparam name="TQuery">The compiled query's delegate.</typeparam>
internal sealed class ModelQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
