using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// The daily honour-expiry run: holders of honours ending within <paramref name="WarningDays"/> (the job passes
/// Ladder:ExpiryWarningDays, default 90) are warned
/// once; honours past their end are marked lapsed, their holders told, and re-evaluated at once, so a craftsman whose
/// only craftsman-class honour ended drops a tier with a dated change. Idempotent: the warning and the lapse are
/// recorded on the honour, so a second run the same day finds nothing to do.
/// </summary>
public sealed record ExpireHonoursCommand(int WarningDays = LadderEvaluator.DefaultExpiryWarningDays) : ICommand<ExpireHonoursResult>
{
    public const string Reason = "荣誉到期";
    public const string WarningDaysKey = "Ladder:ExpiryWarningDays";
}

public sealed class ExpireHonoursValidator : AbstractValidator<ExpireHonoursCommand>
{
    public ExpireHonoursValidator() =>
        RuleFor(c => c.WarningDays).InclusiveBetween(0, 3650).WithMessage("到期提醒天数应为 0–3650。");
}

public sealed record ExpireHonoursResult(int Warned, int Lapsed, int TierChanges);

public sealed class ExpireHonoursHandler(SkillsLadderDbContext db, TimeProvider clock)
    : IRequestHandler<ExpireHonoursCommand, ExpireHonoursResult>
{
    public async Task<ExpireHonoursResult> Handle(ExpireHonoursCommand request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var warnUntil = today.AddDays(request.WarningDays);

        var expiring = await db.WorkerHonours
            .Where(h => h.LapsedOn == null && h.ExpiryWarnedOn == null && h.ExpiresOn > today && h.ExpiresOn <= warnUntil)
            .ToListAsync(cancellationToken);
        foreach (var honour in expiring)
        {
            honour.RecordExpiryWarning(today);
            db.WorkerMessages.Add(new WorkerMessage(honour.WorkerId, WorkerMessageKind.HonourExpiring,
                $"您的荣誉“{honour.Title}”将于 {honour.ExpiresOn:yyyy-MM-dd} 到期，届时不再计入人才层级。", now));
        }

        var ended = await db.WorkerHonours.Where(h => h.LapsedOn == null && h.ExpiresOn <= today).ToListAsync(cancellationToken);
        foreach (var honour in ended.Where(h => h.Lapse(today)))
            db.WorkerMessages.Add(new WorkerMessage(honour.WorkerId, WorkerMessageKind.HonourLapsed,
                $"您的荣誉“{honour.Title}”已于 {honour.ExpiresOn:yyyy-MM-dd} 到期失效。", now));

        // The re-evaluation reads honours from the database: the lapses must be saved first (same transaction).
        await db.SaveChangesAsync(cancellationToken);
        var holders = ended.Select(h => h.WorkerId).Distinct().ToList();
        var changes = await db.ReevaluateAsync(holders, today, ExpireHonoursCommand.Reason, now, cancellationToken);
        return new ExpireHonoursResult(expiring.Count, ended.Count, changes);
    }
}
