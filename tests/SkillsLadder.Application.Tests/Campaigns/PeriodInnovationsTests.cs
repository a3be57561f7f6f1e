using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Campaigns;

/// <summary>The entry page lists the innovations a crew had accepted in the period, so the organizer can count them.</summary>
public sealed class PeriodInnovationsTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_this_participants_entries_accepted_inside_the_period_are_listed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var w = await app.CreateCampaignAsync(directory);
        InnovationEntry Entry(string title, int participantId, string acceptedOn, bool accept = true)
        {
            var entry = new InnovationEntry(InnovationKind.RationalisationProposal, title, "按构件编号集中下料，减少边角料浪费。", null,
                w.LeaderIds[0], directory.EnterpriseId, [], w.Id, participantId, DateTime.UnixEpoch);
            if (accept) entry.Accept(2_500_000, null, null, "评审组", DateOnly.Parse(acceptedOn));
            return entry;
        }
        await app.InsertAsync(
            Entry("一月一号采纳", w.Crew(0), "2026-01-01"),
            Entry("一月底采纳", w.Crew(0), "2026-01-31"),
            Entry("二月采纳", w.Crew(0), "2026-02-01"),
            Entry("别的班组", w.Crew(1), "2026-01-15"),
            Entry("尚未评定", w.Crew(0), "2026-01-10", accept: false));

        var view = await app.SendAsync(new GetAssessmentQuery(w.Id, w.Period(1), w.Crew(0)));

        view.AcceptedInnovations.Select(i => (i.Title, i.Grade)).ShouldBe([("一月一号采纳", InnovationGrade.Second), ("一月底采纳", InnovationGrade.Second)]);
    }
}
