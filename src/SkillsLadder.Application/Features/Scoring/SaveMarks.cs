using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>One typed value: "2" for a judgement, "37.5" for a measurement; empty clears the entry.</summary>
public sealed record MarkInput
{
    public string AspectCode { get; init; } = "";
    public string? Value { get; init; }
}

/// <summary>
/// Saves entries on a judge's sheet. Version is the sheet version the user saw (0 when there was no sheet yet); a stale
/// one is refused whole. With an IdempotencyKey a retry returns the first answer instead of applying twice.
/// Saving marks demands a ranking: <see cref="Ranking.StandingsChangeHook"/> records the demand in this command's save,
/// and after the commit hands the entrant to the live board and asks for the ranking job.
/// </summary>
public sealed record SaveMarksCommand : ICommand<SaveMarksResult>
{
    public int CompetitionId { get; init; }
    public int PanelId { get; init; }
    public int EntrantId { get; init; }
    public int? JudgeId { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<MarkInput> Entries { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

public sealed record SaveMarksResult(int SheetId, int Version, int Changed, SheetStatus Status);

public sealed class SaveMarksValidator : AbstractValidator<SaveMarksCommand>
{
    public const int MaximumEntries = 500;

    public SaveMarksValidator()
    {
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("版本号不能为负。");
        RuleFor(c => c.Entries).NotEmpty().WithMessage("请至少填写一个评分项。")
            .Must(e => e.Count <= MaximumEntries).WithMessage($"一次最多提交 {MaximumEntries} 个评分项。")
            .Custom((entries, context) =>
            {
                foreach (var code in entries.GroupBy(e => e.AspectCode.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
                    context.AddFailure("Entries", $"评分项 {code} 在一次提交中出现了多次。");
            });
        RuleForEach(c => c.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.AspectCode).NotEmpty().WithMessage("评分项编号不能为空。");
            entry.RuleFor(e => e.Value).MaximumLength(20).WithMessage("分数最多 20 个字符。");
        });
        RuleFor(c => c.IdempotencyKey).MaximumLength(Data.Idempotency.ProcessedRequest.KeyMaxLength)
            .WithMessage($"Idempotency-Key 最多 {Data.Idempotency.ProcessedRequest.KeyMaxLength} 个字符。");
    }
}

public sealed class SaveMarksHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveMarksCommand, SaveMarksResult>
{
    public async Task<SaveMarksResult> Handle(SaveMarksCommand request, CancellationToken cancellationToken)
    {
        var by = user.UserName ?? "?";
        var hash = IdempotentRequests.Hash(request with { IdempotencyKey = null });
        if (await db.ReplayAsync<SaveMarksResult>(by, request.IdempotencyKey, hash, cancellationToken) is { } replay) return replay;

        var target = await db.ResolveSheetAsync(user, request.CompetitionId, request.PanelId, request.EntrantId, request.JudgeId, cancellationToken);
        SheetAccess.EnsureMarking(target.CompetitionStatus);
        SheetAccess.EnsureActive(target.Entrant);
        var inputs = MarkEntries.Parse(target.Panel, request.Entries);

        var sheet = await target.SheetQuery(db).Include(s => s.Entries).SingleOrDefaultAsync(cancellationToken);
        SheetAccess.EnsureVersion(sheet?.Version ?? 0, request.Version);
        var now = clock.GetUtcNow().UtcDateTime;
        if (sheet is null)
        {
            sheet = new ScoreSheet(request.CompetitionId, target.Entrant.Id, SheetSource.Judge, target.Panel.Id, target.Judge.Id, null);
            db.ScoreSheets.Add(sheet);
            // A stored sheet starts at version 1, so 0 always means "no sheet yet" and two first saves cannot both win.
            db.Entry(sheet).Property(s => s.Version).CurrentValue = 1;
        }

        var changed = MarkEntries.Record(sheet, target.Panel, inputs, by, now);
        // New entries alone do not touch the sheet row; marking the token modified bumps it, so concurrent saves collide.
        if (changed > 0 && db.Entry(sheet).State == EntityState.Unchanged) db.Entry(sheet).Property(s => s.Version).IsModified = true;
        if (db.Entry(sheet).State == EntityState.Added)
            await db.SaveChangesAsync(cancellationToken); // a new sheet's id comes from the insert, and the answer names it

        // An existing sheet's answer is known before the save (a modified row's version goes up by one), so the sheet,
        // its entries and history, the idempotency record and the standings demand go to the database in one batch.
        var version = db.Entry(sheet).State == EntityState.Modified ? sheet.Version + 1 : sheet.Version;
        var result = new SaveMarksResult(sheet.Id, version, changed, sheet.Status);
        db.Remember(by, request.IdempotencyKey, hash, result, now);
        return result;
    }
}
