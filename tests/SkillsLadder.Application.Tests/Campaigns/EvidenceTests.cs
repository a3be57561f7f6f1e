using System.Text;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Campaigns;

public sealed class EvidenceTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF");
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03];

    private static AddEvidenceCommand Add(CampaignData.CampaignWorld w, string fileName, byte[] content) => new()
        { CampaignId = w.Id, PeriodId = w.Period(1), ParticipantId = w.Crew(0), FileName = fileName, Content = content, Note = "质量检查记录" };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_checked_file_is_attached_downloaded_and_removed_with_the_history_noting_both(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync());

        var added = await app.SendAsync(Add(w, "一月质量检查.pdf", Pdf));

        (added.FileName, added.ContentType, added.SizeBytes).ShouldBe(("一月质量检查.pdf", "application/pdf", Pdf.Length));
        var view = await app.SendAsync(new GetAssessmentQuery(w.Id, w.Period(1), w.Crew(0)));
        (view.Status, view.Version, view.Evidence.Single().Note).ShouldBe((AssessmentStatus.Draft, 1, "质量检查记录"));
        var file = await app.SendAsync(new GetEvidenceFileQuery(w.Id, w.Period(1), w.Crew(0), added.Id));
        file.Content.ShouldBe(Pdf);
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetEvidenceFileQuery(w.Id, w.Period(1), w.Crew(1), added.Id)));

        await app.SendAsync(new RemoveEvidenceCommand(w.Id, w.Period(1), w.Crew(0), added.Id));
        (await app.CountAsync<AssessmentEvidence>()).ShouldBe(0);
        var history = await app.SendAsync(new GetAssessmentHistoryQuery(w.Id, w.Period(1), w.Crew(0)));
        history.Select(h => (h.Action, h.Subject)).ShouldBe(
            [(AssessmentAction.EvidenceAdded, "一月质量检查.pdf"), (AssessmentAction.EvidenceRemoved, "一月质量检查.pdf")]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_renamed_executable_or_an_unknown_type_is_refused_and_leaves_nothing_behind(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync());

        var renamed = await Should.ThrowAsync<DomainException>(() => app.SendAsync(Add(w, "report.pdf", Executable)));
        (renamed.Code, renamed.Field).ShouldBe(("evidence.content", "File"));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Add(w, "setup.exe", Executable)))).Code.ShouldBe("evidence.type");
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Add(w, "empty.pdf", [])))).Code.ShouldBe("evidence.empty");
        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Add(w, "big.pdf", [.. Pdf, .. new byte[AssessmentEvidence.MaxBytes]])));

        (await app.CountAsync<PeriodAssessment>()).ShouldBe(0);
        (await app.QueryAsync(db => db.AssessmentChanges.CountAsync())).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Files_of_a_locked_period_can_be_read_but_not_added_or_removed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync(), months: 1);
        var added = await app.SendAsync(Add(w, "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]));
        for (var crew = 0; crew < 3; crew++)
        {
            var version = crew == 0 ? 1 : 0;
            var saved = await app.SendAsync(w.Save(1, crew, version, [("S", "0")]));
            await app.SendAsync(new SubmitAssessmentCommand { CampaignId = w.Id, PeriodId = w.Period(1), ParticipantId = w.Crew(crew), Version = saved.Version });
        }
        await app.SendAsync(new LockPeriodCommand(w.Id, w.Period(1)));

        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Add(w, "late.pdf", Pdf)))).Code.ShouldBe("period.locked");
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new RemoveEvidenceCommand(w.Id, w.Period(1), w.Crew(0), added.Id)))).Code.ShouldBe("period.locked");
        (await app.SendAsync(new GetEvidenceFileQuery(w.Id, w.Period(1), w.Crew(0), added.Id))).ContentType.ShouldBe("image/png");
    }
}
