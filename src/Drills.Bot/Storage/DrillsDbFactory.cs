using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Storage;

/// <summary>Hands the features the configured provider's context, pooled, as the provider-neutral <see cref="DrillsDb"/>.</summary>
internal sealed class DrillsDbFactory<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<DrillsDb>
    where TContext : DrillsDb
{
    public DrillsDb CreateDbContext() => contexts.CreateDbContext();

    public async Task<DrillsDb> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
