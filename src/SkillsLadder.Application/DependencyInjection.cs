using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SkillsLadder.Application.Behaviors;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5.1.0 has no DI package (STACK.md): register its ServiceFactory, the mediator, every handler
    /// by scan, and the behaviours in pipeline order (the first registered is the outermost).
    /// </summary>
    public static IServiceCollection AddSkillsLadderApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        RegisterClosedImplementations(services, assembly, typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>));

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        // What a command's changes demand of other features, run by TransactionBehavior around its commit.
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Common.UnitOfWorkHookInterceptor>();
        services.AddScoped<Common.IUnitOfWorkHook, Features.Ranking.StandingsChangeHook>(); // marks → demands; after the commit the live board and the ranking job
        services.AddScoped<Common.IUnitOfWorkHook, Features.CampaignStandings.CampaignStandingsChangeHook>(); // assessments → campaign ranking job
        services.AddSingleton<Features.Ladder.LadderReference>(); // policies, levels, titles shared by the worker pages
        services.AddScoped<Common.IUnitOfWorkHook, Features.Ladder.LadderReferenceHook>(); // … and dropped when one of them is saved
        // The web host replaces these with the job engine when Jobs:Enabled is on.
        services.TryAddSingleton<Features.Jobs.IStandingsScheduler, Features.Jobs.NoStandingsScheduler>();
        services.TryAddSingleton<Features.Jobs.IJobControl, Features.Jobs.DisabledJobControl>();
        services.TryAddSingleton<Features.Practice.IPracticeScheduler, Features.Practice.NoPracticeScheduler>();
        // The web host batches live board updates in the background; elsewhere each command applies its own after its commit.
        services.TryAddSingleton<Features.Ranking.ILiveBoardUpdates, Features.Ranking.ImmediateLiveBoardUpdates>();
        services.AddSingleton<Features.Practice.PracticeRoundKeys>(); // answer keys of open rounds, read once per node

        services.AddDataProtection(); // token providers (password reset) and, in the web host, the auth cookie
        // Accounts: the password rules and lock-out are policy, so they live here with the account use cases.
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<SkillsLadderDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<Features.Accounts.ChineseIdentityErrors>();

        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"], assembly);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Common.AuditInterceptor>();
        return services;
    }

    private static void RegisterClosedImplementations(IServiceCollection services, Assembly assembly, params Type[] openInterfaces)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && openInterfaces.Contains(i.GetGenericTypeDefinition())))
            services.AddScoped(contract, type);
    }
}
