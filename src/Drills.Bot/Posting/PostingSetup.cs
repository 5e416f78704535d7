using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Posting;

/// <summary>The daily post: posting at the group's time, closing with the reveal; its predictions are stored here too.</summary>
public static class PostingSetup
{
    public static IServiceCollection AddPosting(this IServiceCollection services)
    {
        services.AddSingleton<PostingService>();
        services.AddSingleton<RevealService>();
        return services;
    }
}
