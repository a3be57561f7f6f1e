using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Competitions;

/// <summary>The competition model survives a round trip through each database unchanged.</summary>
public sealed class CompetitionPersistenceTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Scheme_eligibility_entrants_and_sheets_round_trip(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var rules = new EligibilityRules(true, d.Level("Intermediate").Rank, d.Level("Technician").Rank, 3, 2);
        var competition = await app.CreateCompetitionAsync(d.OccupationId, eligibility: rules);
        var workers = await app.CreateWorkersAsync(d, "王强", "李娜");
        var entrant = new Entrant(competition.Id, 7, null, [workers[0].Id], "test-organizer", DateTime.UtcNow);
        await app.InsertAsync(entrant);
        var theory = competition.Components.Single(c => c.Kind == ComponentKind.Theory);
        var aspect = theory.Criteria.Single().Aspects.Single();
        var sheet = new ScoreSheet(competition.Id, entrant.Id, SheetSource.ExamImport, null, null, theory.Id);
        sheet.Record([new SheetEntryInput(aspect.Id, aspect.Rule, new Mark(8750))], "exam", DateTime.UtcNow);
        await app.InsertAsync(sheet);

        var loaded = await app.QueryAsync(db => db.Competitions.Include(c => c.History)
            .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects)
            .SingleAsync(c => c.Id == competition.Id));
        loaded.Eligibility.ShouldBe(rules);
        loaded.SchemeDefinition().Problems().ShouldBeEmpty();
        loaded.SchemeDefinition().Components.SelectMany(c => c.AllAspects).Select(a => a.Code).ShouldBe(["T1", "A1", "A2", "B1"]);
        loaded.SchemeDefinition().Components[1].AllAspects.Last().Descriptors.ShouldBe(CompetitionData.Descriptors);
        loaded.History.Single().To.ShouldBe(CompetitionStatus.Registration);
        var stored = await app.QueryAsync(db => db.ScoreSheets.Include(s => s.Entries).Include(s => s.Changes).SingleAsync());
        stored.Entries.Single().Value.ShouldBe(new Mark(8750));
        stored.Changes.Single().NewHundredths.ShouldBe(8750);
    }
}
