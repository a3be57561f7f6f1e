using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
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
        await db.SaveChangesAsync(cancellationToken);

        var result = new SaveMarksResult(sheet.Id, sheet.Version, changed, sheet.Status);
        db.Remember(by, request.IdempotencyKey, hash, result, now);
        return result;
    }
}

/// <summary>Turns typed text into entries, naming the aspect in every refusal, all problems at once.</summary>
public static class MarkEntries
{
    public static IReadOnlyList<SheetEntryInput> Parse(PanelScope panel, IReadOnlyList<MarkInput> entries)
    {
        var errors = new Dictionary<string, string[]>();
        var inputs = new List<SheetEntryInput>();
        foreach (var entry in entries)
        {
            var code = entry.AspectCode.Trim();
            var field = $"Entries[{code}]";
            var aspect = panel.Aspects.SingleOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
            if (aspect is null)
            {
                errors[field] = [$"评分项 {code} 不属于评分组“{panel.Name}”负责的评分标准。"];
                continue;
            }
            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                inputs.Add(new SheetEntryInput(aspect.Id, aspect.Rule, null));
                continue;
            }
            if (Problem(aspect, entry.Value) is { } problem)
            {
                errors[field] = [$"评分项 {aspect.Code}：{problem}"];
                continue;
            }
            Mark.TryParse(entry.Value, out var mark);
            inputs.Add(new SheetEntryInput(aspect.Id, aspect.Rule, mark));
        }
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return inputs;
    }

    /// <summary>Why the text is not an acceptable entry for the aspect, or null.</summary>
    public static string? Problem(PanelAspect aspect, string text)
    {
        if (!Mark.TryParse(text, out var mark))
            return decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? number < 0 ? "分数不能为负。" : "分数最多保留两位小数。"
                : $"“{text.Trim()}”不是有效的数字。";
        return aspect.Rule.CheckEntry(mark.Value);
    }

    /// <summary>Records through the sheet (which checks again); a refusal names the aspect by its code, not its id.</summary>
    public static int Record(ScoreSheet sheet, PanelScope panel, IReadOnlyList<SheetEntryInput> inputs, string by, DateTime at)
    {
        try
        {
            return sheet.Record(inputs, by, at);
        }
        catch (DomainException e) when (e.Field?.StartsWith("aspect:", StringComparison.Ordinal) == true)
        {
            var code = panel.Aspects.SingleOrDefault(a => $"aspect:{a.Id}" == e.Field)?.Code ?? e.Field;
            throw new DomainException(e.Code, $"评分项 {code}：{e.Message}", $"Entries[{code}]");
        }
    }
}
