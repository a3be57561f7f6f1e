using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>
/// Saves measured values and event counts for one participant and period. Version is the assessment version the user
/// saw (0 when there was none); a stale one is refused whole. With an IdempotencyKey a retry returns the first answer.
/// Saving demands a ranking of the campaign: <see cref="CampaignStandings.CampaignStandingsChangeHook"/>, run by
/// TransactionBehavior around the commit, records the demand in this transaction and then asks for the ranking job.
/// </summary>
public sealed record SaveAssessmentCommand : ICommand<SaveAssessmentResult>
{
    public int CampaignId { get; init; }
    public int PeriodId { get; init; }
    public int ParticipantId { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<ValueInput> Values { get; init; } = [];
    public IReadOnlyList<CountInput> Counts { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

/// <summary>The stored state after the save, with the score it now gives and why.</summary>
public sealed record SaveAssessmentResult(int AssessmentId, int Version, int Changed, AssessmentStatus Status, decimal Total, string Explanation);

public sealed class SaveAssessmentValidator : AbstractValidator<SaveAssessmentCommand>
{
    public SaveAssessmentValidator()
    {
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("版本号不能为负。");
        RuleFor(c => c).Must(c => c.Values.Count + c.Counts.Count > 0).OverridePropertyName("Values").WithMessage("请至少填写一项考核数据。");
        RuleFor(c => c).Must(c => c.Values.Count + c.Counts.Count <= 1000).OverridePropertyName("Values").WithMessage("一次最多提交 1000 项考核数据。");
        RuleForEach(c => c.Values).ChildRules(v => v.RuleFor(x => x.Value).MaximumLength(20).WithMessage("数值最多 20 个字符。"));
        RuleForEach(c => c.Counts).ChildRules(v => v.RuleFor(x => x.Count).MaximumLength(20).WithMessage("次数最多 20 个字符。"));
        RuleFor(c => c.IdempotencyKey).MaximumLength(Data.Idempotency.ProcessedRequest.KeyMaxLength)
            .WithMessage($"Idempotency-Key 最多 {Data.Idempotency.ProcessedRequest.KeyMaxLength} 个字符。");
    }
}

public sealed class SaveAssessmentHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveAssessmentCommand, SaveAssessmentResult>
{
    public async Task<SaveAssessmentResult> Handle(SaveAssessmentCommand request, CancellationToken cancellationToken)
    {
        var by = user.UserName ?? "?";
        var hash = IdempotentRequests.Hash(request with { IdempotencyKey = null });
        if (await db.ReplayAsync<SaveAssessmentResult>(by, request.IdempotencyKey, hash, cancellationToken) is { } replay) return replay;

        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        target.EnsureOpenForEntry();
        var entries = AssessmentEntries.Parse(target.Scheme, request.Values, request.Counts);
        var assessment = await db.TrackedAssessmentAsync(target, cancellationToken);
        AssessmentAccess.EnsureVersion(assessment?.Version ?? 0, request.Version);
        assessment ??= db.NewAssessment(target);

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = assessment.Record(entries.Values, entries.Counts, by, now);
        // New values alone do not touch the assessment row; marking the token modified bumps it, so concurrent saves collide.
        if (changed > 0 && db.Entry(assessment).State == EntityState.Unchanged) db.Entry(assessment).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);

        var score = AssessmentEntries.Score(target.Scheme, assessment);
        var result = new SaveAssessmentResult(assessment.Id, assessment.Version, changed, assessment.Status, score.Total.Value, score.Explain());
        db.Remember(by, request.IdempotencyKey, hash, result, now);
        return result;
    }
}
