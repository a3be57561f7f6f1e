using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

public sealed record GetAssessmentHistoryQuery(int CampaignId, int PeriodId, int ParticipantId) : IRequest<IReadOnlyList<AssessmentHistoryItem>>;

/// <summary>One line of the record: who, when, what (an indicator's value, an event's count, a step, a file), old → new, why.</summary>
public sealed record AssessmentHistoryItem(DateTime At, string By, AssessmentAction Action, string? Subject, string? Old, string? New, string? Reason);

/// <summary>Values read as typed ("-4.5"), counts as whole numbers; oldest first, as it happened.</summary>
public sealed class GetAssessmentHistoryHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<GetAssessmentHistoryQuery, IReadOnlyList<AssessmentHistoryItem>>
{
    public async Task<IReadOnlyList<AssessmentHistoryItem>> Handle(GetAssessmentHistoryQuery request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        var assessments = target.Query(db);
        var changes = await db.AssessmentChanges.AsNoTracking()
            .Where(c => assessments.Any(a => a.Id == c.AssessmentId))
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var indicators = target.Scheme.Indicators.ToDictionary(i => i.Id, i => i.Name);
        var events = target.Scheme.Indicators.SelectMany(i => i.Events).ToDictionary(e => e.Id, e => e.Name);
        static string? Value(int? hundredths) => hundredths is { } h ? SignedMarks.Show(h / 100m) : null;
        return changes.Select(c => c.Action switch
        {
            AssessmentAction.ValueEntered => new AssessmentHistoryItem(c.At, c.By, c.Action,
                c.IndicatorId is { } i ? indicators.GetValueOrDefault(i) : null, Value(c.OldValue), Value(c.NewValue), c.Reason),
            AssessmentAction.EventsCounted => new AssessmentHistoryItem(c.At, c.By, c.Action,
                c.EventId is { } e ? events.GetValueOrDefault(e) : null, c.OldValue?.ToString(), c.NewValue?.ToString(), c.Reason),
            // For evidence the file's name is the subject; it is stored where a step keeps its reason.
            AssessmentAction.EvidenceAdded or AssessmentAction.EvidenceRemoved => new AssessmentHistoryItem(c.At, c.By, c.Action, c.Reason, null, null, null),
            _ => new AssessmentHistoryItem(c.At, c.By, c.Action, null, null, null, c.Reason),
        }).ToList();
    }
}
