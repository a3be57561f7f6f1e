namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// A clock that runs a number of days ahead of the real one, for rehearsals and end-to-end tests of rules that wait for
/// days to pass (a five-working-day public notice, a reply deadline). Only in Development, and only when
/// <c>Clock:OffsetFile</c> names a JSON file; the offset (<c>Clock:OffsetDays</c>) is re-read when the file changes,
/// so a rehearsal moves time forward without a restart. Production always runs on the system clock.
/// </summary>
public sealed class RehearsalClock(IConfiguration configuration) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() =>
        base.GetUtcNow().AddDays(configuration.GetValue("Clock:OffsetDays", 0.0));

    public static void AddTo(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || builder.Configuration["Clock:OffsetFile"] is not { Length: > 0 } file) return;
        builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: true, reloadOnChange: true);
        builder.Services.AddSingleton<TimeProvider>(sp => new RehearsalClock(sp.GetRequiredService<IConfiguration>()));
    }
}
