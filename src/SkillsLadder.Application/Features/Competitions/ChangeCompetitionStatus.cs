using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>
/// One lifecycle step. Organizers open registration, start marking and lock; only the chief judge unlocks
/// (Locked, Ranked or Published → Marking, with a reason: a correction). Ranking, publication and closing belong to the ranking jobs (issue 5).
/// </summary>
public sealed record ChangeCompetitionStatusCommand(int Id, CompetitionStatus To, string? Reason = null) : ICommand<MediatR.Unit>;

public sealed class ChangeCompetitionStatusValidator : AbstractValidator<ChangeCompetitionStatusCommand>
{
    public ChangeCompetitionStatusValidator()
    {
        RuleFor(c => c.To).IsInEnum().WithMessage("目标状态无效。");
        RuleFor(c => c.Reason).MaximumLength(ScoreChange.ReasonMaxLength);
    }
}

public sealed class ChangeCompetitionStatusHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ChangeCompetitionStatusCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeCompetitionStatusCommand request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.Id, ct);
        var competition = await db.Competitions.Include(c => c.History)
            .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).AsSplitQuery()
            .SingleAsync(c => c.Id == request.Id, ct);
        var unlocking = competition.Status is CompetitionStatus.Locked or CompetitionStatus.Ranked or CompetitionStatus.Published
                        && request.To == CompetitionStatus.Marking;
        if (unlocking) official.EnsureChief();
        else official.EnsureOrganizer();
        if (request.To is CompetitionStatus.Ranked or CompetitionStatus.Published or CompetitionStatus.Closed)
            throw new DomainException("competition.ranking_step", "排名、发布与结束由排名任务完成，不能在此直接切换。");

        var now = clock.GetUtcNow().UtcDateTime;
        if (request.To == CompetitionStatus.Marking && competition.Status == CompetitionStatus.Registration)
            await ConflictScan.ScanAsync(db, competition.Id, official.UserName, now, ct);
        var facts = await MarkingFacts.ReadAsync(db, competition, ct);
        competition.MoveTo(request.To, facts, official.UserName, now, request.Reason);

        if (request.To == CompetitionStatus.Locked)
        {
            var verified = await db.ScoreSheets.Where(s => s.CompetitionId == competition.Id && s.Status == SheetStatus.Verified).ToListAsync(ct);
            foreach (var sheet in verified) sheet.Lock(official.UserName, now);
        }
        await db.SaveChangesAsync(ct);
        return MediatR.Unit.Value;
    }
}
