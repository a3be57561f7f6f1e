using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Tests.Bargaining;

public sealed class AgreementPathTests
{
    private static readonly DateOnly T = BargainingData.Today;

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Offer_to_effective_grades_every_covered_worker_from_the_approval_date(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var intermediate = await BargainingData.WorkerAsync(app, d, "王中", 11, "Intermediate");
        var senior = await BargainingData.WorkerAsync(app, d, "李高", 13, "Senior");
        var id = await BargainingData.NegotiatingAsync(app, d.EnterpriseId);

        var clean = await BargainingData.CleanGridAsync(app);
        var low = await BargainingData.CleanGridAsync(app, (order, rank) => order == 1 && rank == 1 ? ("2000", "100") : ($"{2500 + 100 * rank}", $"{1000 * order + 50 * rank}"));
        await app.SendAsync(BargainingData.Round(id, T.AddDays(-50), (BargainingSide.Union, clean), (BargainingSide.Employer, low)));
        await app.SendAsync(BargainingData.Round(id, T.AddDays(-40), (BargainingSide.Union, clean)));
        var details = await app.SendAsync(new GetAgreementQuery(id));
        details.Rounds[0].Proposals.Single(p => p.Side == BargainingSide.Employer).Grid.Rows[0].Problems.Count.ShouldBe(2); // below floor and base below minimum
        details.Rounds[1].Proposals.ShouldHaveSingleItem().Grid.ProblemCount.ShouldBe(0);

        await app.SendAsync(new AgreeDraftCommand { AgreementId = id, ProposalId = details.Rounds[1].Proposals[0].Id });
        var failed = await app.SendAsync(new RecordVoteCommand { AgreementId = id, HeldOn = T.AddDays(-35), Representatives = 31, Attending = 20, Approving = 16 });
        failed.Passed.ShouldBeFalse();
        failed.Explanation.ShouldContain("实到 20 人（需 ≥ 21，未达到）");
        (await app.SendAsync(new GetAgreementQuery(id))).Status.ShouldBe(AgreementStatus.Draft);
        (await app.SendAsync(new RecordVoteCommand { AgreementId = id, HeldOn = T.AddDays(-33), Representatives = 31, Attending = 25, Approving = 20 })).Passed.ShouldBeTrue();
        await app.SendAsync(new SignAgreementCommand(id, T.AddDays(-30)));
        await app.SendAsync(new FileAgreementCommand(id, T.AddDays(-28)));
        var effect = await app.SendAsync(new TakeEffectCommand { AgreementId = id, BureauApprovedOn = T.AddDays(-20) });

        effect.EffectiveFrom.ShouldBe(T.AddDays(-20));
        effect.ExpiresOn.ShouldBe(T.AddDays(-20).AddMonths(12).AddDays(-1));
        effect.WorkersGraded.ShouldBe(2);
        var grades = await app.QueryAsync(db => db.PayGradeChanges.Where(c => c.AgreementId == id).ToListAsync());
        var basic = await app.QueryAsync(db => db.PostClasses.OrderBy(c => c.Order).FirstAsync());
        var middle = grades.Single(g => g.WorkerId == intermediate);
        (middle.PostClassId, middle.LevelRank, middle.EffectiveFrom).ShouldBe((basic.Id, 3, T.AddDays(-20)));
        middle.MonthlyFen.ShouldBe((2800 + 1150) * 100 + (middle.Tier == Domain.Ladder.TalentTier.HighSkilledWorker ? 300_00 : 0));
        grades.Single(g => g.WorkerId == senior).LevelRank.ShouldBe(4);

        var after = await app.SendAsync(new GetAgreementQuery(id));
        (after.Status, after.WorkersGraded, after.Votes.Count).ShouldBe((AgreementStatus.Effective, 2, 2));
        after.Reminders.Select(r => r.Kind).ShouldBe([ReminderKind.RenewalOpens, ReminderKind.Expires]);
        // The offer and each change of state: reply, draft, approval, signing, filing, taking effect; and both vote attempts.
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(WageAgreement)))).ShouldBe(7);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(AgreementVote)))).ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Silence_after_review_makes_it_effective_and_the_expiry_job_ends_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var id = await BargainingData.NegotiatingAsync(app, d.EnterpriseId);
        await app.SendAsync(BargainingData.Round(id, T.AddDays(-50), (BargainingSide.Union, await BargainingData.CleanGridAsync(app))));
        var proposal = (await app.SendAsync(new GetAgreementQuery(id))).Rounds[0].Proposals[0].Id;
        await app.SendAsync(new AgreeDraftCommand { AgreementId = id, ProposalId = proposal });
        await app.SendAsync(new RecordVoteCommand { AgreementId = id, HeldOn = T.AddDays(-40), Representatives = 10, Attending = 10, Approving = 6 });
        await app.SendAsync(new SignAgreementCommand(id, T.AddDays(-30)));
        await app.SendAsync(new FileAgreementCommand(id, T.AddDays(-10)));

        var running = await Should.ThrowAsync<Domain.Common.DomainException>(() => app.SendAsync(new TakeEffectCommand { AgreementId = id }));
        running.Message.ShouldContain("审查期至 2026-07-05");

        app.Clock.Now = app.Clock.Now.AddDays(6);
        (await app.SendAsync(new TakeEffectCommand { AgreementId = id })).EffectiveFrom.ShouldBe(new DateOnly(2026, 7, 6));

        app.Clock.Now = app.Clock.Now.AddMonths(12).AddDays(1);
        (await app.SendAsync(new ExpireAgreementsCommand())).ShouldBe([id]);
        (await app.SendAsync(new GetAgreementQuery(id))).Stage.ShouldBe(AgreementStage.Expired);
        (await app.SendAsync(new ExpireAgreementsCommand())).ShouldBeEmpty();
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_grid_with_problems_is_kept_as_a_proposal_but_cannot_become_the_draft(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var id = await BargainingData.NegotiatingAsync(app, d.EnterpriseId);
        var falling = await BargainingData.CleanGridAsync(app, (order, rank) => ($"{2500 + 100 * rank}", rank == 5 ? "0" : $"{1000 * order + 50 * rank}"));
        await app.SendAsync(BargainingData.Round(id, T.AddDays(-50), (BargainingSide.Employer, falling)));
        var proposal = (await app.SendAsync(new GetAgreementQuery(id))).Rounds[0].Proposals[0];
        proposal.Grid.Rows.Where(r => r.Problems.Count > 0).Select(r => r.LevelRank).Distinct().ShouldBe([5]);

        var error = await Should.ThrowAsync<Domain.Common.DomainException>(() =>
            app.SendAsync(new AgreeDraftCommand { AgreementId = id, ProposalId = proposal.Id }));
        error.Message.ShouldContain("不符合规定");
        (await app.SendAsync(new GetAgreementQuery(id))).Status.ShouldBe(AgreementStatus.Negotiating);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_round_form_starts_from_each_sides_last_proposal(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var id = await BargainingData.NegotiatingAsync(app, d.EnterpriseId);
        (await app.SendAsync(new GetRoundFormQuery(id))).UnionGrid.Cells.ShouldAllBe(c => c.IsBlank);
        var union = await BargainingData.CleanGridAsync(app, (order, rank) => ($"{2600 + 100 * rank}", $"{1000 * order}"));
        await app.SendAsync(BargainingData.Round(id, T.AddDays(-50), (BargainingSide.Union, union)));

        var form = await app.SendAsync(new GetRoundFormQuery(id));
        form.UnionGrid.Cells.Count.ShouldBe(32);
        form.UnionGrid.Cells[0].Base.ShouldBe("2,700.00");
        form.EmployerGrid.Cells[0].Base.ShouldBe("2,700.00"); // no employer proposal yet: the union's is the starting point
        form.UnionGrid.CraftsmanAllowance.ShouldBe("800.50");
    }
}
