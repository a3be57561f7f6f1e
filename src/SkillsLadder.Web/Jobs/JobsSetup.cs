using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Quartz with its persistent store in our own database: on PostgreSQL clustered (any number of nodes, each trigger
/// fired by exactly one, a dead node's recoverable jobs taken over), on SQLite a single node (Quartz refuses to
/// cluster on SQLite). Its tables (prefix qrtz_) are created at start-up when missing; nothing is ever altered.
/// </summary>
public static class JobsSetup
{
    public static IServiceCollection AddSkillsLadderJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        if (!options.Enabled) return services; // the application's stand-ins stay: nothing scheduled, the page says so

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = DatabaseSetup.DefaultSqliteConnectionString(Path.Combine(contentRoot, database.DataFolder));

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = options.InstanceName;
                s.IdleWaitTime = options.IdleWait;
                var auto = string.Equals(options.InstanceId, "AUTO", StringComparison.OrdinalIgnoreCase);
                // AUTO: generated per node in a cluster; a single SQLite node is simply this machine.
                if (auto && database.Provider == DatabaseProvider.PostgreSql) s.GenerateInstanceId = true;
                else s.InstanceId = auto ? Environment.MachineName : options.InstanceId;
            });
            q.UseDefaultThreadPool(Math.Max(1, options.Threads));
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.CheckinInterval;
                        c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
                    });
                }
                else store.UseSqlite(connectionString);
                store.ConfigureStore(s =>
                {
                    s.TablePrefix = options.TablePrefix;
                    s.MisfireThreshold = options.MisfireThreshold;
                });
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            q.AddJobListener(sp => ActivatorUtilities.CreateInstance<JobRunRecorder>(sp));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = options.WaitForJobsOnShutdown);
        services.AddHostedService<JobsBootstrap>();

        services.Replace(ServiceDescriptor.Singleton<IStandingsScheduler, QuartzStandingsScheduler>());
        services.Replace(ServiceDescriptor.Singleton<IJobControl, QuartzJobControl>());
        services.Replace(ServiceDescriptor.Singleton<Application.Features.Practice.IPracticeScheduler, QuartzPracticeScheduler>());
        return services;
    }
}
