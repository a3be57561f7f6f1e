using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;
using static SkillsLadder.Application.Tests.Registration.Registrants;

namespace SkillsLadder.Application.Tests.Registration;

public sealed class SearchEntryCandidatesTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Several_names_or_id_numbers_find_a_team_with_eligibility_and_earlier_entries(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(MinimumLevelRank: d.Level("Junior").Rank));
        var (a, b, e) = (await app.WorkerAsync(d, "王强", 1, "Senior"), await app.WorkerAsync(d, "李娜", 2), await app.WorkerAsync(d, "赵磊", 3, "Senior"));
        await app.InsertAsync(new Entrant(c.Id, 4, null, [e.Id], "test", DateTime.UtcNow));
        app.RunAs(AppRoles.Organizer);

        var found = await app.SendAsync(new SearchEntryCandidatesQuery(c.Id, $"王  {IdNumber(2)}，赵磊"));

        found.Select(x => x.FullName).ShouldBe(["李娜", "王强", "赵磊"]);
        found[0].Reasons.ShouldBe(["技能等级为“无”，低于本赛要求的“初级工”。"]);
        found[0].NationalIdNumber.ShouldBe(NationalIdNumber.Mask(IdNumber(2)));
        found[1].Reasons.ShouldBeEmpty();
        found[2].EnteredBib.ShouldBe(4);
        (await app.SendAsync(new SearchEntryCandidatesQuery(c.Id, "  "))).ShouldBeEmpty();
        app.RunAs(AppRoles.HrReviewer);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new SearchEntryCandidatesQuery(c.Id, "王")));
    }
}
