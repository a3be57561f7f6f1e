using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>What a campaign ranking run reads: active participants, every period with its lock, and each scored assessment.</summary>
public sealed record CampaignRankingInput(IReadOnlyList<RankedParticipant> Participants, IReadOnlyList<RankedPeriod> Periods,
    IReadOnlyList<ParticipantPeriodScore> Scores, string Hash);

/// <summary>
/// Reads a campaign's ranking input. Only Submitted and Locked assessments count (a draft is work in progress), and only
/// of active participants (a withdrawn one keeps its record but leaves the standings). Each assessment is scored with
/// the scheme version it was entered under, never the newest one, so a later version cannot rewrite a signed-off month.
/// </summary>
public static class CampaignRankingInputReader
{
    /// <summary>Bump when scoring or ranking rules change, so every campaign gets a fresh snapshot once.</summary>
    private const string RulesVersion = "campaign-ranking/1";

    public static async Task<CampaignRankingInput> ReadAsync(SkillsLadderDbContext db, Campaign campaign, CancellationToken ct)
    {
        var participants = campaign.Participants.Where(p => p.IsActive).OrderBy(p => p.Id)
            .Select(p => new RankedParticipant(p.Id, p.Kind, p.Name)).ToList();
        var active = participants.Select(p => p.Id).ToHashSet();
        var periods = campaign.Periods.OrderBy(p => p.Number)
            .Select(p => new RankedPeriod(p.Id, p.Number, p.Label, p.Status == PeriodStatus.Locked)).ToList();
        var assessments = (await db.PeriodAssessments.AsNoTracking().Include(a => a.Values).Include(a => a.Counts).AsSplitQuery()
                .Where(a => a.CampaignId == campaign.Id && a.Status != AssessmentStatus.Draft).ToListAsync(ct))
            .Where(a => active.Contains(a.ParticipantId)).OrderBy(a => a.PeriodId).ThenBy(a => a.ParticipantId).ToList();

        var schemes = campaign.Schemes.ToDictionary(s => s.Id);
        var definitions = new Dictionary<int, IndicatorSchemeDefinition>();
        var scores = new List<ParticipantPeriodScore>(assessments.Count);
        foreach (var assessment in assessments)
        {
            var scheme = schemes[assessment.SchemeId];
            if (!definitions.TryGetValue(scheme.Id, out var definition)) definitions[scheme.Id] = definition = scheme.Definition();
            scores.Add(new ParticipantPeriodScore(assessment.PeriodId, assessment.ParticipantId, IndicatorScorer.Score(definition, assessment.ToInput(scheme))));
        }
        return new CampaignRankingInput(participants, periods, scores, Hash(participants, periods, assessments));
    }

    /// <summary>
    /// A fingerprint in a canonical order (participants, periods, assessments by period and participant, values and counts
    /// by id). Scheme versions are never edited, so the version id stands for its rules; ids of indicators and events too.
    /// </summary>
    private static string Hash(List<RankedParticipant> participants, List<RankedPeriod> periods, List<PeriodAssessment> assessments)
    {
        var text = new StringBuilder(RulesVersion).Append('\n');
        foreach (var p in participants) text.Append(CultureInfo.InvariantCulture, $"P{p.Id}:{p.Kind};");
        text.Append('\n');
        foreach (var p in periods) text.Append(CultureInfo.InvariantCulture, $"T{p.Id}:{p.Number}:{p.Label}:{p.Locked};");
        text.Append('\n');
        foreach (var a in assessments)
        {
            text.Append(CultureInfo.InvariantCulture, $"A{a.PeriodId}:{a.ParticipantId}:{a.SchemeId}[");
            foreach (var v in a.Values.OrderBy(v => v.IndicatorId)) text.Append(CultureInfo.InvariantCulture, $"{v.IndicatorId}={v.Hundredths},");
            text.Append('|');
            foreach (var c in a.Counts.OrderBy(c => c.EventId)) text.Append(CultureInfo.InvariantCulture, $"{c.EventId}={c.Count},");
            text.Append("];");
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
