using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Judging;

/// <summary>Runs conflict detection over all judges and active entrants; returns how many new conflicts were found.</summary>
public sealed record DetectConflictsCommand(int CompetitionId) : ICommand<int>;

/// <summary>A judge declares a conflict with an entrant (an organizer may record it for them, naming the judge).</summary>
public sealed record DeclareConflictCommand(int CompetitionId, int EntrantId, string Note, int? JudgeId = null) : ICommand<int>;

/// <summary>The chief judge decides on a family-name match: a real conflict, or cleared with what was checked.</summary>
public sealed record ReviewConflictCommand(int CompetitionId, int ConflictId, bool IsConflict, string? Note) : ICommand<MediatR.Unit>;

public sealed class DeclareConflictValidator : AbstractValidator<DeclareConflictCommand>
{
    public DeclareConflictValidator() =>
        RuleFor(c => c.Note).NotEmpty().WithMessage("申报回避须写明原因。").MaximumLength(ConflictOfInterest.NoteMaxLength);
}

public sealed class ConflictHandlers(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<DetectConflictsCommand, int>, MediatR.IRequestHandler<DeclareConflictCommand, int>,
      MediatR.IRequestHandler<ReviewConflictCommand, MediatR.Unit>
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> Handle(DetectConflictsCommand request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        if (!official.IsOrganizer && !official.IsChief) throw new ForbiddenException("只有组织者或裁判长可以检测回避关系。");
        var added = await ConflictScan.ScanAsync(db, request.CompetitionId, official.UserName, Now, ct);
        await db.SaveChangesAsync(ct);
        return added;
    }

    public async Task<int> Handle(DeclareConflictCommand request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        var judgeId = request.JudgeId ?? official.Seat?.Id
                      ?? throw RequestValidationException.For(nameof(request.JudgeId), "请选择申报回避的裁判。");
        if (!official.IsOrganizer && judgeId != official.Seat?.Id) throw new ForbiddenException("裁判只能为自己申报回避。");
        if (!await db.CompetitionJudges.AnyAsync(j => j.Id == judgeId && j.CompetitionId == request.CompetitionId, ct))
            throw RequestValidationException.For(nameof(request.JudgeId), "该裁判不是本赛裁判。");
        if (!await db.Entrants.AnyAsync(e => e.Id == request.EntrantId && e.CompetitionId == request.CompetitionId, ct))
            throw RequestValidationException.For(nameof(request.EntrantId), "该选手不在本赛中。");
        if (await db.Conflicts.AnyAsync(c => c.JudgeId == judgeId && c.EntrantId == request.EntrantId && c.Kind == ConflictKind.Declared, ct))
            throw RequestValidationException.For(nameof(request.EntrantId), "已申报过对该选手的回避。");
        if (await db.ScoreSheets.AnyAsync(s => s.JudgeId == judgeId && s.EntrantId == request.EntrantId && s.Status >= SheetStatus.Verified, ct))
            throw new Domain.Common.DomainException("conflict.after_verification", "该裁判对此选手的评分已复核；请裁判长先解锁评分表再申报回避。");
        var conflict = new ConflictOfInterest(request.CompetitionId, judgeId, request.EntrantId, ConflictKind.Declared, request.Note, official.UserName, Now);
        db.Conflicts.Add(conflict);
        await db.SaveChangesAsync(ct);
        return conflict.Id;
    }

    public async Task<MediatR.Unit> Handle(ReviewConflictCommand request, CancellationToken ct)
    {
        (await db.OfficialAsync(user, request.CompetitionId, ct)).EnsureChief();
        var conflict = await db.Conflicts.SingleOrDefaultAsync(c => c.Id == request.ConflictId && c.CompetitionId == request.CompetitionId, ct)
                       ?? throw new NotFoundException("Conflict", request.ConflictId);
        conflict.Review(request.IsConflict, request.Note, user.UserName!, Now);
        await db.SaveChangesAsync(ct);
        return MediatR.Unit.Value;
    }
}
