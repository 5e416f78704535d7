# Multi-stage build: the SDK image builds and publishes, the runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props Drills.sln ./
COPY src/ src/
RUN dotnet publish src/Drills.Bot/Drills.Bot.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
# Charts draw their text with a font file (SkiaSharp's dependency-free build reads fonts as files, no fontconfig);
# the slim runtime image has none. Without one the bot runs, but sends its messages without charts.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The drill packs are baked into the image; the database lives on the /data volume. MALLOC_ARENA_MAX: two glibc
# arenas from the first thread on (the bot also asks for it at start, Hosting/NativeHeap.cs, when a few exist already).
COPY drills/ /app/drills/
ENV Drills__Path=/app/drills \
    Storage__ConnectionString="Data Source=/data/drills.db" \
    Health__File=/tmp/drills-health \
    DOTNET_gcServer=0 \
    MALLOC_ARENA_MAX=2
RUN mkdir -p /data && chown app /data
VOLUME /data
USER app
# Healthy while the gateway is connected: the bot rewrites the file every 30 s once READY.
HEALTHCHECK --interval=60s --timeout=5s --start-period=60s --retries=3 \
  CMD find /tmp/drills-health -mmin -2 | grep -q . || exit 1
ENTRYPOINT ["dotnet", "Drills.Bot.dll"]
