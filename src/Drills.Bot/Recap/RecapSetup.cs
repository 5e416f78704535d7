using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Recap;

/// <summary>The weekly recap: its settings (<c>/drills recap</c>, in Admin), the recaps posted, the chart of the week.</summary>
public static class RecapSetup
{
    public static IServiceCollection AddRecap(this IServiceCollection services) => services.AddSingleton<RecapService>();
}
