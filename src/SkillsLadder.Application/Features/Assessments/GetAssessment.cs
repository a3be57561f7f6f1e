using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

public sealed record GetAssessmentQuery(int CampaignId, int PeriodId, int ParticipantId) : IRequest<AssessmentView>;

/// <summary>
/// The entry form's data: every indicator of the period's scheme with its range and the stored value, every event with
/// its count, the score those give and why (<see cref="PeriodScore.Explain"/>), the evidence, and whether it may be edited.
/// Version is 0 when nothing has been entered yet.
/// </summary>
public sealed record AssessmentView(int CampaignId, int PeriodId, string PeriodLabel, PeriodStatus PeriodStatus, int ParticipantId,
    string ParticipantName, bool ParticipantActive, int? AssessmentId, AssessmentStatus? Status, int Version, int SchemeNumber,
    string? SubmittedBy, DateTime? SubmittedAt, IReadOnlyList<IndicatorEntryView> Indicators, decimal Total, string Explanation,
    IReadOnlyList<string> Vetoes, IReadOnlyList<EvidenceView> Evidence, bool CanEdit, bool CanReopen)
{
    /// <summary>Innovation entries raised for this participant and accepted within the period: what the organizer counts
    /// under the innovation indicator (shown beside the form, not entered automatically: the scheme decides which event).</summary>
    public IReadOnlyList<InnovationInPeriod> AcceptedInnovations { get; init; } = [];
}

public sealed record InnovationInPeriod(int Id, string Title, InnovationKind Kind, InnovationGrade Grade, DateOnly AcceptedOn);

public sealed record IndicatorEntryView(int Id, string Code, string Name, IndicatorCategory Category, int WeightPercent, decimal BasePoints,
    string? Unit, decimal? Target, MeasureDirection? Direction, decimal? Minimum, decimal? Maximum, decimal? Value, IReadOnlyList<EventEntryView> Events);

public sealed record EventEntryView(int Id, string Code, string Name, decimal PointsEach, bool IsVeto, int MaxCount, int Count);

public sealed record EvidenceView(int Id, string FileName, string ContentType, int SizeBytes, string? Note, string UploadedBy, DateTime UploadedAt);

public sealed class GetAssessmentHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetAssessmentQuery, AssessmentView>
{
    public async Task<AssessmentView> Handle(GetAssessmentQuery request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        var a = await target.Query(db).AsNoTracking().Include(x => x.Values).Include(x => x.Counts).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        var evidence = a is null ? [] : await db.AssessmentEvidence.AsNoTracking().Where(e => e.AssessmentId == a.Id).OrderBy(e => e.Id)
            .Select(e => new EvidenceView(e.Id, e.FileName, e.ContentType, e.SizeBytes, e.Note, e.UploadedBy, e.UploadedAt))
            .ToListAsync(cancellationToken);
        var indicators = target.Scheme.Indicators.OrderBy(i => i.Position).Select(i =>
        {
            var measure = i.Measure;
            var value = a?.Values.SingleOrDefault(v => v.IndicatorId == i.Id)?.Hundredths;
            return new IndicatorEntryView(i.Id, i.Code, i.Name, i.Category, i.WeightPercent, i.BasePoints / 100m, measure?.Unit,
                measure?.Target.Value, measure?.Direction, measure?.Minimum.Value, measure?.Maximum.Value, value / 100m,
                i.Events.OrderBy(e => e.Position).Select(e => new EventEntryView(e.Id, e.Code, e.Name, e.PointsEach / 100m, e.IsVeto, e.MaxCount,
                    a?.Counts.SingleOrDefault(c => c.EventId == e.Id)?.Count ?? 0)).ToList());
        }).ToList();
        var (from, to) = (target.Period.StartsOn, target.Period.EndsOn);
        var innovations = await db.InnovationEntries.AsNoTracking()
            .Where(e => e.ParticipantId == target.Participant.Id && e.Status == InnovationStatus.Accepted && e.AssessedOn >= from && e.AssessedOn <= to)
            .OrderBy(e => e.AssessedOn).ThenBy(e => e.Id)
            .Select(e => new InnovationInPeriod(e.Id, e.Title, e.Kind, e.Grade!.Value, e.AssessedOn!.Value))
            .ToListAsync(cancellationToken);
        var score = AssessmentEntries.Score(target.Scheme, a);
        var open = target.Campaign.Status == CampaignStatus.Running && target.Period.Status == PeriodStatus.Open && target.Participant.IsActive;
        return new AssessmentView(target.Campaign.Id, target.Period.Id, target.Period.Label, target.Period.Status, target.Participant.Id,
            target.Participant.Name, target.Participant.IsActive, a?.Id, a?.Status, a?.Version ?? 0, target.Scheme.Number, a?.SubmittedBy,
            a?.SubmittedAt, indicators, score.Total.Value, score.Explain(), score.Vetoes, evidence,
            open && a?.Status is null or AssessmentStatus.Draft, open && a?.Status == AssessmentStatus.Submitted) { AcceptedInnovations = innovations };
    }
}
