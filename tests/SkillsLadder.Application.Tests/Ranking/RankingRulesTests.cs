using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Ranking;

public sealed class RankingRulesTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_organizer_sets_the_rules_with_the_version_they_read(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var competition = await app.CreateCompetitionAsync(d.OccupationId);
        app.RunAs(AppRoles.Organizer);
        var version = await app.QueryAsync(db => db.Competitions.Where(c => c.Id == competition.Id).Select(c => c.Version).SingleAsync());
        var command = new SetRankingRulesCommand
        {
            CompetitionId = competition.Id, Version = version, Standardisation = Standardisation.Median700, TieBreaks = [TieBreak.Time, TieBreak.Practical],
            StrictOrder = true, HonourTopN = 3, HonourTitle = "市技术能手", PromotionTopN = 6, PromotionCapLevelId = d.Level("Technician").Id,
        };

        await app.SendAsync(command);

        var rules = await app.QueryAsync(db => db.Competitions.Where(c => c.Id == competition.Id).Select(c => c.RankingRules).SingleAsync());
        rules.ShouldBe(RankingRules.Default with
        {
            Standardisation = Standardisation.Median700, TieBreaks = "Time,Practical", StrictOrder = true, HonourTopN = 3, HonourTitle = "市技术能手",
            PromotionTopN = 6, PromotionCapLevelRank = d.Level("Technician").Rank,
        });
        await Should.ThrowAsync<ConflictException>(() => app.SendAsync(command));
        var bad = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(command with { Version = version + 1, TieBreaks = [TieBreak.Time, TieBreak.Time], HonourTitle = " " }));
        bad.Errors.Keys.ShouldBe(["TieBreaks", "HonourTitle"], ignoreOrder: true);
        app.RunAs(AppRoles.Judge, userId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(command with { Version = version + 1 }));
    }
}
