using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>
/// What the typed values would score, before anything is saved: the stored values with the typed ones laid over them,
/// through the same <see cref="IndicatorScorer"/> the standings use. Typing errors are refused as a save would refuse them.
/// </summary>
public sealed record PreviewAssessmentScoreQuery : IRequest<ScorePreview>
{
    public int CampaignId { get; init; }
    public int PeriodId { get; init; }
    public int ParticipantId { get; init; }
    public IReadOnlyList<ValueInput> Values { get; init; } = [];
    public IReadOnlyList<CountInput> Counts { get; init; } = [];
}

public sealed record ScorePreview(decimal Total, decimal Deductions, IReadOnlyList<string> Vetoes, string Explanation);

public sealed class PreviewAssessmentScoreHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<PreviewAssessmentScoreQuery, ScorePreview>
{
    public async Task<ScorePreview> Handle(PreviewAssessmentScoreQuery request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        var entries = AssessmentEntries.Parse(target.Scheme, request.Values, request.Counts);
        var stored = (await db.TrackedAssessmentAsync(target, cancellationToken))?.ToInput(target.Scheme) ?? AssessmentInput.Empty;
        var values = new Dictionary<string, Mark>(stored.Values);
        foreach (var v in entries.Values)
            if (v.Value is { } value) values[v.Indicator.Code] = value;
            else values.Remove(v.Indicator.Code);
        var counts = new Dictionary<string, int>(stored.Counts);
        foreach (var c in entries.Counts) counts[c.Event.Code] = c.Count;
        var score = IndicatorScorer.Score(target.Scheme.Definition(), new AssessmentInput(values, counts));
        return new ScorePreview(score.Total.Value, score.Deductions.Value, score.Vetoes, score.Explain());
    }
}
