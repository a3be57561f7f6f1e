using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>An organizer sets how the competition ranks (standardisation, tie-breaks, prizes, proposals); until publication.</summary>
public sealed record SetRankingRulesCommand : ICommand<MediatR.Unit>
{
    public int CompetitionId { get; init; }
    /// <summary>The competition version read with the rules; a stale one is a 409, never a silent overwrite.</summary>
    public int? Version { get; init; }
    public Standardisation Standardisation { get; init; }
    public int StandardCentre { get; init; } = 700;
    public int StandardSpread { get; init; } = 30;
    public IReadOnlyList<TieBreak> TieBreaks { get; init; } = [TieBreak.Practical, TieBreak.Time, TieBreak.Theory];
    public bool StrictOrder { get; init; }
    public PrizeMode PrizeMode { get; init; } = PrizeMode.Proportion;
    public int FirstPrizes { get; init; } = 10;
    public int SecondPrizes { get; init; } = 20;
    public int ThirdPrizes { get; init; } = 30;
    public bool MedalsForTopThree { get; init; } = true;
    public int? MedallionFrom { get; init; } = 700;
    public int? HonourTopN { get; init; }
    public string? HonourTitle { get; init; }
    public int? PromotionTopN { get; init; }
    public int? PromotionCapLevelId { get; init; }

    public static SetRankingRulesCommand From(int competitionId, int version, RankingRules r, int? capLevelId) => new()
    {
        CompetitionId = competitionId, Version = version, Standardisation = r.Standardisation, StandardCentre = r.StandardCentre, StandardSpread = r.StandardSpread,
        TieBreaks = r.TieBreakChain, StrictOrder = r.StrictOrder, PrizeMode = r.PrizeMode, FirstPrizes = r.FirstPrizes, SecondPrizes = r.SecondPrizes,
        ThirdPrizes = r.ThirdPrizes, MedalsForTopThree = r.MedalsForTopThree, MedallionFrom = r.MedallionFrom, HonourTopN = r.HonourTopN,
        HonourTitle = r.HonourTitle, PromotionTopN = r.PromotionTopN, PromotionCapLevelId = capLevelId,
    };
}

public sealed class SetRankingRulesValidator : AbstractValidator<SetRankingRulesCommand>
{
    public SetRankingRulesValidator()
    {
        RuleFor(r => r.Version).NotNull().WithMessage("请提供读取时的竞赛版本号（version）。");
        RuleFor(r => r.Standardisation).IsInEnum();
        RuleFor(r => r.PrizeMode).IsInEnum();
        RuleForEach(r => r.TieBreaks).IsInEnum().WithMessage("决胜规则只能是实操、用时或理论。");
        RuleFor(r => r.TieBreaks).Must(t => t.Distinct().Count() == t.Count).WithMessage("决胜规则不能重复。");
        RuleFor(r => r.FirstPrizes).GreaterThanOrEqualTo(0).WithMessage("奖项名额不能为负。");
        RuleFor(r => r.SecondPrizes).GreaterThanOrEqualTo(0).WithMessage("奖项名额不能为负。");
        RuleFor(r => r.ThirdPrizes).GreaterThanOrEqualTo(0).WithMessage("奖项名额不能为负。");
        RuleFor(r => r.HonourTitle).MaximumLength(100).NotEmpty().When(r => r.HonourTopN is not null).WithMessage("设置了授予称号的名次，请填写称号名称。");
        RuleFor(r => r.HonourTopN).GreaterThan(0).WithMessage("前 N 名应至少为 1。");
        RuleFor(r => r.PromotionTopN).GreaterThan(0).WithMessage("前 N 名应至少为 1。");
    }
}

public sealed class SetRankingRulesHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<SetRankingRulesCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SetRankingRulesCommand r, CancellationToken ct)
    {
        var competition = await db.CompetitionForOrganizerAsync(user, r.CompetitionId, ct);
        if (competition.Version != r.Version)
            throw new ConflictException("competition.stale", "竞赛信息已被他人修改，请刷新后重新编辑。");
        int? cap = r.PromotionCapLevelId is { } levelId
            ? await db.SkillLevels.Where(l => l.Id == levelId).Select(l => (int?)l.Rank).SingleOrDefaultAsync(ct)
              ?? throw RequestValidationException.For(nameof(r.PromotionCapLevelId), "所选技能等级不存在。")
            : null;
        var rules = new RankingRules(r.Standardisation, r.StandardCentre, r.StandardSpread, string.Join(",", r.TieBreaks), r.StrictOrder,
            r.PrizeMode, r.FirstPrizes, r.SecondPrizes, r.ThirdPrizes, r.MedalsForTopThree, r.MedallionFrom, r.HonourTopN,
            string.IsNullOrWhiteSpace(r.HonourTitle) ? null : r.HonourTitle.Trim(), r.PromotionTopN, cap);
        competition.SetRankingRules(rules);
        await db.SaveChangesAsync(ct);
        return MediatR.Unit.Value;
    }
}
