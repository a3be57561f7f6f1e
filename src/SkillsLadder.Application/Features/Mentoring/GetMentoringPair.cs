using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Mentoring;

/// <summary>
/// One pair with its plan, signatures, milestones and outcome, and what the reader may do with it: which party they
/// may sign as (a worker sees only their own signature button) and whether they may complete or terminate.
/// </summary>
public sealed record GetMentoringPairQuery(int Id) : IRequest<MentoringPairDetails>;

public sealed record MentoringMilestoneView(int Number, string Title, DateOnly DueOn, DateOnly? MentorSignedOn,
    DateOnly? ApprenticeSignedOn, DateOnly? EnterpriseSignedOn, bool IsSignedOff);

public sealed record MentoringPairDetails(int Id, int MentorWorkerId, string MentorName, int ApprenticeWorkerId, string ApprenticeName,
    int EnterpriseId, string EnterpriseName, string Plan, DateOnly StartsOn, DateOnly EndsOn, MentoringStatus Status,
    DateOnly? MentorSignedOn, DateOnly? ApprenticeSignedOn, DateOnly? EnterpriseSignedOn,
    string? LevelAtStart, string? LevelAtEnd, int LevelsGained, DateOnly? CompletedOn, string? TerminationReason,
    IReadOnlyList<MentoringMilestoneView> Milestones, IReadOnlyList<MentoringParty> MaySignAs, bool MayClose);

public sealed class GetMentoringPairHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetMentoringPairQuery, MentoringPairDetails>
{
    public async Task<MentoringPairDetails> Handle(GetMentoringPairQuery request, CancellationToken cancellationToken)
    {
        var p = await db.MentoringPairs.AsNoTracking().Include(x => x.Milestones).SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("MentoringPair", request.Id);
        if (!user.MayRead(p)) throw new ForbiddenException("您无权查看这对师徒。");
        var names = await db.Workers.Where(w => w.Id == p.MentorWorkerId || w.Id == p.ApprenticeWorkerId)
            .ToDictionaryAsync(w => w.Id, w => w.FullName, cancellationToken);
        var enterprise = await db.Enterprises.Where(e => e.Id == p.EnterpriseId).Select(e => e.Name).SingleAsync(cancellationToken);
        var levels = await db.SkillLevels.ToDictionaryAsync(l => l.Rank, l => l.NameZh, cancellationToken);

        var maySign = Enum.GetValues<MentoringParty>().Where(party =>
        {
            try { user.EnsureMaySignAs(p, party); return true; }
            catch (ForbiddenException) { return false; }
        }).ToList();
        var open = p.Status is MentoringStatus.Draft or MentoringStatus.Active;
        return new MentoringPairDetails(p.Id, p.MentorWorkerId, names[p.MentorWorkerId], p.ApprenticeWorkerId, names[p.ApprenticeWorkerId],
            p.EnterpriseId, enterprise, p.Plan, p.StartsOn, p.EndsOn, p.Status, p.MentorSignedOn, p.ApprenticeSignedOn, p.EnterpriseSignedOn,
            levels.GetValueOrDefault(p.ApprenticeLevelAtStart), p.ApprenticeLevelAtEnd is { } end ? levels.GetValueOrDefault(end) : null,
            p.LevelsGained, p.CompletedOn, p.TerminationReason,
            p.Milestones.OrderBy(m => m.Number).Select(m => new MentoringMilestoneView(m.Number, m.Title, m.DueOn, m.MentorSignedOn,
                m.ApprenticeSignedOn, m.EnterpriseSignedOn, m.IsSignedOff)).ToList(),
            open ? maySign : [], open && user.MayManagePairsOf(p.EnterpriseId));
    }
}
