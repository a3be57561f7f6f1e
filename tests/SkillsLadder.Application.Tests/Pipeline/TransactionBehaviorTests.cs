using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Application.Tests.Pipeline;

public sealed class TransactionBehaviorTests
{
    /// <summary>A command that saves, then breaks a rule: the transaction must take the save back.</summary>
    public sealed record SaveThenFailCommand(int IndustryId) : ICommand<int>;

    public sealed class SaveThenFailHandler(SkillsLadderDbContext db) : IRequestHandler<SaveThenFailCommand, int>
    {
        public async Task<int> Handle(SaveThenFailCommand request, CancellationToken cancellationToken)
        {
            db.Enterprises.Add(new Enterprise("半途而废有限公司", TestData.CreditCode(5), request.IndustryId, "滨江区", null));
            await db.SaveChangesAsync(cancellationToken);
            throw new DomainException("test.late_failure", "A rule broken after the first save.");
        }
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_command_that_fails_after_saving_leaves_nothing_behind(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider,
            s => s.AddScoped<IRequestHandler<SaveThenFailCommand, int>, SaveThenFailHandler>());
        var d = await app.SeedDirectoryAsync();

        await Should.ThrowAsync<DomainException>(() => app.SendAsync(new SaveThenFailCommand(d.IndustryId)));

        (await app.CountAsync<Enterprise>()).ShouldBe(1);
    }
}
