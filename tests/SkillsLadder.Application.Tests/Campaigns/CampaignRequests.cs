using SkillsLadder.Application.Features.Assessments;

namespace SkillsLadder.Application.Tests.Campaigns;

/// <summary>Requests as the entry page sends them: codes with typed text.</summary>
internal static class CampaignRequests
{
    public static SaveAssessmentCommand Save(this CampaignData.CampaignWorld w, int period, int crew, int version,
        (string Code, string? Value)[]? values = null, params (string Code, string? Count)[] counts) => new()
    {
        CampaignId = w.Id, PeriodId = w.Period(period), ParticipantId = w.Crew(crew), Version = version,
        Values = (values ?? []).Select(v => new ValueInput { IndicatorCode = v.Code, Value = v.Value }).ToList(),
        Counts = counts.Select(c => new CountInput { EventCode = c.Code, Count = c.Count }).ToList(),
    };

    /// <summary>Enters a complete assessment (days ahead, optional counts) and submits it.</summary>
    public static async Task<SaveAssessmentResult> SubmitAsync(this TestApp app, CampaignData.CampaignWorld w, int period, int crew, string days,
        params (string Code, string? Count)[] counts)
    {
        var saved = await app.SendAsync(w.Save(period, crew, 0, [("S", days)], counts));
        await app.SendAsync(new SubmitAssessmentCommand { CampaignId = w.Id, PeriodId = w.Period(period), ParticipantId = w.Crew(crew), Version = saved.Version });
        return saved;
    }
}
