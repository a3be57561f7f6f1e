using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Data;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Hangfire runs every background job, with its storage in the application's database (see <see cref="JobStorageFactory"/>).
/// Everything is registered per application rather than through Hangfire's static globals, so several hosts in one
/// process (the tests' two-node cluster) each have their own storage, filters and activator.
/// </summary>
public static class JobsSetup
{
    public static IServiceCollection AddSkillsLadderJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        // Not a job: each node brings its own saves to the live board, whether or not it runs jobs.
        services.AddSingleton<LiveBoardBatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveBoardBatcher>());
        services.Replace(ServiceDescriptor.Singleton<ILiveBoardUpdates>(sp => sp.GetRequiredService<LiveBoardBatcher>()));
        if (!options.Enabled) return services; // the application's stand-ins stay: nothing scheduled, the page says so

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = DatabaseSetup.DefaultSqliteConnectionString(Path.Combine(contentRoot, database.DataFolder));
        // Hangfire.PostgreSql waits on LISTEN and the jobs' locks are session advisory locks: both need a session that
        // stays theirs, which a transaction-mode pool does not give. They get a connection of their own.
        var jobsConnection = configuration.GetConnectionString(DatabaseOptions.JobsConnectionStringName);
        if (!string.IsNullOrWhiteSpace(jobsConnection)) connectionString = jobsConnection;
        else if (database is { Provider: DatabaseProvider.PostgreSql, TransactionPooling: true })
            throw new InvalidOperationException("Database:TransactionPooling is on: set ConnectionStrings:Jobs to a connection " +
                "straight to PostgreSQL or through a session-mode pool, for the job engine's LISTEN and session locks.");

        // Ours before AddHangfire, whose TryAdd would otherwise register the process-wide defaults.
        services.AddSingleton(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>(); // Hangfire's process-wide settings (serializer, logging) first
            return JobStorageFactory.Create(database.Provider, connectionString, options);
        });
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<IJobLockProvider>(sp => database.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlAdvisoryLocks(connectionString) : new StorageLocks(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<JobLocks>();
        services.AddSingleton<IJobFilterProvider>(sp => Filters(sp, options));
        services.AddHangfire((sp, c) => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogging(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer((_, server) =>
        {
            server.ServerName = options.NodeName;
            server.WorkerCount = Math.Max(1, options.Workers);
            server.Queues = [JobQueues.Ranking, JobQueues.Default];
            server.SchedulePollingInterval = options.SchedulePollInterval;
            server.ShutdownTimeout = options.ShutdownTimeout;
            server.TimeZoneResolver = new DefaultTimeZoneResolver();
        });

        services.AddSingleton<RankingRequests>();
        services.AddSingleton<RecurringJobsSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobsSchedule>());
        services.Replace(ServiceDescriptor.Singleton<IStandingsScheduler, HangfireStandingsScheduler>());
        services.Replace(ServiceDescriptor.Singleton<IJobControl, HangfireJobControl>());
        services.Replace(ServiceDescriptor.Singleton<IPracticeScheduler, HangfirePracticeScheduler>());
        return services;
    }

    /// <summary>
    /// Hangfire's global defaults (culture capture, statistics, continuations) with our retry policy and the run
    /// history, the jobs' one-at-a-time locks, plus the jobs' own attributes (their queues, and the sweep's "no retry").
    /// </summary>
    private static JobFilterProviderCollection Filters(IServiceProvider services, JobsOptions options)
    {
        var delays = options.EffectiveRetryDelays.Select(d => Math.Max(1, (int)Math.Ceiling(d.TotalSeconds))).ToArray();
        var filters = new JobFilterCollection();
        filters.Add(new CaptureCultureAttribute());
        filters.Add(new AutomaticRetryAttribute { Attempts = delays.Length, DelaysInSeconds = delays, OnAttemptsExceeded = AttemptsExceededAction.Fail });
        filters.Add(new StatisticsHistoryAttribute());
        filters.Add(new ContinuationsSupportAttribute());
        filters.Add(services.GetRequiredService<JobLocks>(), JobLocks.Order);
        filters.Add(services.GetRequiredService<JobRunRecorder>(), JobRunRecorder.Order);
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }
}
