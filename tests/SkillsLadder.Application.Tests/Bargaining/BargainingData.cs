using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Tests.Bargaining;

/// <summary>A directory with a minimum wage for 杭州一类区 and an agreement taken to the stage a test needs (as admin).</summary>
public static class BargainingData
{
    public const string Area = "杭州一类区";
    /// <summary>The test clock's day (2026-06-30 in China).</summary>
    public static readonly DateOnly Today = new(2026, 6, 30);

    public static async Task<TestData.Directory> SeedAsync(TestApp app)
    {
        var d = await app.SeedDirectoryAsync();
        await app.SendAsync(new AddMinimumWageCommand { Area = Area, Monthly = "2490", EffectiveFrom = new DateOnly(2025, 1, 1) });
        return d;
    }

    public static OfferAgreementCommand Offer(int enterpriseId, DateOnly? on = null) => new()
    {
        Title = "2026 年度技能等级工资专项集体合同", Scope = AgreementScope.Enterprise, EnterpriseId = enterpriseId, MinimumWageArea = Area,
        OfferedBy = BargainingSide.Union, OfferText = "工会就技能等级工资标准向企业提出协商要约，请于二十日内书面回应。",
        OfferedOn = on ?? Today.AddDays(-60), TermMonths = 12, PayRule = PayEffectiveRule.NextPayMonth,
    };

    /// <summary>Offered, three representatives a side with a chief each, replied.</summary>
    public static async Task<int> NegotiatingAsync(TestApp app, int enterpriseId)
    {
        var id = await app.SendAsync(Offer(enterpriseId));
        foreach (var side in new[] { BargainingSide.Union, BargainingSide.Employer })
        for (var i = 0; i < 3; i++)
            await app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = side, Name = $"{(side == BargainingSide.Union ? "工会" : "企业")}代表{i + 1}", IsChief = i == 0 });
        await app.SendAsync(new ReplyToOfferCommand { AgreementId = id, RepliedOn = Today.AddDays(-55) });
        return id;
    }

    /// <summary>Every post class × level: base 2,500 + 100/level yuan, allowance 1,000 × class order + 50/level; all above the floors.</summary>
    public static async Task<PayGridInput> CleanGridAsync(TestApp app, Func<int, int, (string Base, string Allowance)>? change = null)
    {
        var classes = await app.QueryAsync(db => db.PostClasses.OrderBy(c => c.Order).ToListAsync());
        var cells = from c in classes from rank in Enumerable.Range(1, 8)
            let amounts = change?.Invoke(c.Order, rank) ?? ($"{2500 + 100 * rank}", $"{1000 * c.Order + 50 * rank}.00")
            select new PayCellInput { PostClassId = c.Id, LevelRank = rank, Base = amounts.Base, Allowance = amounts.Allowance };
        return new PayGridInput { Cells = cells.ToList(), HighSkilledAllowance = "300", CraftsmanAllowance = "800.50" };
    }

    public static HoldRoundCommand Round(int agreementId, DateOnly heldOn, params (BargainingSide Side, PayGridInput Grid)[] proposals) => new()
    {
        AgreementId = agreementId, HeldOn = heldOn, Minutes = "双方就技能等级工资标准交换意见，各自提出方案。",
        Proposals = proposals.Select(p => new ProposalInput { Side = p.Side, Grid = p.Grid }).ToList(),
    };

    public static async Task<int> WorkerAsync(TestApp app, TestData.Directory d, string name, int sequence, string level) =>
        await app.SendAsync(new CreateWorkerCommand
        {
            FullName = name, NationalIdNumber = TestData.IdNumber(new DateOnly(1990, 5, 5), sequence), EnterpriseId = d.EnterpriseId,
            OccupationId = d.OccupationId, HireDate = new DateOnly(2012, 9, 1), SkillLevelId = d.Level(level).Id, SkillLevelSince = new DateOnly(2018, 6, 1),
        });
}
