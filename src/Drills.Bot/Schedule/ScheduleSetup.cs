using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Schedule;

/// <summary>Schedule maths is static; what is registered is the signal that re-arms the one timer when data changes.</summary>
public static class ScheduleSetup
{
    public static IServiceCollection AddSchedule(this IServiceCollection services) => services.AddSingleton<SchedulerSignal>();
}
