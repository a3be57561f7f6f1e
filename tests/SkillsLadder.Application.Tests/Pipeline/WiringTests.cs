using AutoMapper;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Behaviors;

namespace SkillsLadder.Application.Tests.Pipeline;

public sealed class WiringTests
{
    private static readonly Type[] RequestTypes = typeof(DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsRequest)).ToArray();

    [Fact]
    public void The_AutoMapper_configuration_is_valid()
    {
        using var services = Build();
        services.GetRequiredService<IConfigurationProvider>().AssertConfigurationIsValid();
    }

    [Fact]
    public void Every_request_has_exactly_one_handler()
    {
        using var services = Build();
        RequestTypes.Length.ShouldBeGreaterThan(5);
        foreach (var request in RequestTypes)
        {
            var response = request.GetInterfaces().Single(IsRequest).GetGenericArguments()[0];
            var handlers = services.GetServices(typeof(IRequestHandler<,>).MakeGenericType(request, response)).ToList();
            handlers.Count.ShouldBe(1, request.Name);
        }
    }

    [Fact]
    public void Behaviours_run_logging_then_validation_then_transaction_which_runs_the_unit_of_work_hooks()
    {
        using var services = Build();
        using var scope = services.CreateScope();
        var behaviours = scope.ServiceProvider.GetServices<IPipelineBehavior<Features.Workers.GetWorkerQuery, Features.Workers.WorkerDetails>>();
        behaviours.Select(b => b.GetType().GetGenericTypeDefinition()).ShouldBe(
            [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)]);
        // The features that follow a command's changes, one instance each per scope (the interceptor and the transaction share it).
        var hooks = scope.ServiceProvider.GetServices<IUnitOfWorkHook>().ToList();
        hooks.Select(h => h.GetType()).ShouldBe([typeof(Features.Ranking.StandingsChangeHook), typeof(Features.CampaignStandings.CampaignStandingsChangeHook),
            typeof(Features.Ladder.LadderReferenceHook)]);
        scope.ServiceProvider.GetServices<IUnitOfWorkHook>().ShouldBe(hooks);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void No_model_change_is_missing_a_migration(DatabaseProvider provider)
    {
        // Compares the model with the provider's migrations snapshot; no server is needed for this.
        using var db = new SkillsLadderDbContext(TestDatabase.Options(provider, TestDatabase.Unreachable(provider)));
        db.Database.HasPendingModelChanges().ShouldBeFalse($"run tools/add-migration.sh: the {provider} migrations are behind the model");
    }

    private static ServiceProvider Build()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging();
        // The host always provides its configuration; handlers that read settings (bargaining deadlines) take it.
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddSkillsLadderData(configuration, Path.GetTempPath());
        services.AddSkillsLadderApplication(configuration);
        services.AddScoped<ICurrentUser, TestUser>();
        return services.BuildServiceProvider();
    }

    private static bool IsRequest(Type i) => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>);
}
