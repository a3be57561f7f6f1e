using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Tests.Pay;

/// <summary>An enterprise's workforce and agreements built through the domain, as the bargaining pages would leave them.</summary>
internal static class PayData
{
    public const string Area = "湖州市区";

    public static async Task<int> WorkerAsync(this TestApp app, TestData.Directory d, string name, string level, int serial, string? postClass = null)
    {
        var id = await app.SendAsync(new CreateWorkerCommand
        {
            FullName = name, NationalIdNumber = TestData.IdNumber(new DateOnly(1985, 1, 1).AddDays(serial), 300 + serial),
            EnterpriseId = d.EnterpriseId, OccupationId = d.OccupationId, HireDate = new DateOnly(2010, 9, 1),
            SkillLevelId = d.Level(level).Id, SkillLevelSince = new DateOnly(2016, 6, 1),
        });
        await app.QueryAsync(async db =>
        {
            var worker = await db.Workers.SingleAsync(w => w.Id == id);
            if (postClass is not null) worker.AssignPostClass(await db.PostClasses.Where(c => c.Code == postClass).Select(c => c.Id).SingleAsync());
            await db.SaveChangesAsync();
            return await db.ReevaluateAsync([id], new DateOnly(2026, 1, 1), "初始评定", DateTime.UtcNow, default);
        });
        return id;
    }

    public static Task<int> ClassAsync(this TestApp app, string code) =>
        app.QueryAsync(db => db.PostClasses.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public static WageAgreement Offer(TestData.Directory d, DateOnly offeredOn)
    {
        var agreement = new WageAgreement($"{offeredOn.Year}年度能级工资专项集体合同", AgreementScope.Enterprise, d.EnterpriseId, null, null, Area,
            BargainingSide.Union, "依法提出开展能级工资集体协商的书面要约。", offeredOn, 12, PayEffectiveRule.NextPayMonth, new BargainingDeadlines());
        foreach (var side in new[] { BargainingSide.Union, BargainingSide.Employer })
            for (var i = 0; i < 3; i++) agreement.AddRepresentative(side, $"{side}代表{i}", null, isChief: i == 0);
        agreement.Reply(offeredOn.AddDays(3));
        return agreement;
    }

    /// <summary>An agreement that went through a round, the vote, signing and filing, approved by the bureau on <paramref name="approvedOn"/>.</summary>
    public static async Task<WageAgreement> EffectiveAsync(this TestApp app, TestData.Directory d, PayGrid grid, DateOnly offeredOn, DateOnly approvedOn)
    {
        var agreement = Offer(d, offeredOn);
        agreement.HoldRound(offeredOn.AddDays(10), "第一轮协商：双方就工资表达成一致。", [(BargainingSide.Union, grid, null)]);
        agreement.AgreeDraft(grid, 0);
        agreement.RecordVote(CongressVote.Count(30, 25, 20), offeredOn.AddDays(20));
        agreement.Sign(offeredOn.AddDays(21));
        agreement.File(offeredOn.AddDays(25));
        agreement.TakeEffect(approvedOn, approvedOn);
        await app.InsertAsync(agreement);
        await app.QueryAsync(async db =>
        {
            var stored = await db.WageAgreements.SingleAsync(a => a.Id == agreement.Id);
            var count = await db.ApplyAgreementAsync(stored, default);
            await db.SaveChangesAsync();
            return count;
        });
        return agreement;
    }
}
