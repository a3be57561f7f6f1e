using MediatR;
using Microsoft.AspNetCore.Mvc;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>Values and events as typed ("-4.5" days, "2" notices); version 0 when nothing was entered yet.</summary>
public sealed record SaveAssessmentBody(int Version, IReadOnlyList<ValueInput>? Values, IReadOnlyList<CountInput>? Counts);

/// <summary>A step on an assessment or a period: the version seen, and the reason for reopen/unlock.</summary>
public sealed record AssessmentStepBody(int? Version, string? Reason);

/// <summary>
/// Period assessments of a campaign under /api/campaigns/{id}: the grid, one participant's assessment per period (read,
/// save, submit, reopen, history, evidence files) and the period sign-off (lock, unlock). Organizers and admins only.
/// </summary>
public static class AssessmentsApi
{
    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/campaigns/{id:int}").WithTags("Campaigns").RequireAuthorization(AuthSetup.OrganizerPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        var one = group.MapGroup("/assessments/{periodId:int}/{participantId:int}");

        group.MapGet("/assessments", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAssessmentGridQuery(id), ct)))
            .WithName("GetAssessmentGrid").WithDescription("Periods × participants: each cell's status (null: nothing entered) and score.");

        one.MapGet("/", async (int id, int periodId, int participantId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAssessmentQuery(id, periodId, participantId), ct)))
            .WithName("GetAssessment")
            .WithDescription("Indicators with ranges and stored values, events with counts, total and explanation, evidence, version (0: none yet).");

        one.MapPut("/", async (int id, int periodId, int participantId, SaveAssessmentBody body,
                [FromHeader(Name = ScoringApi.IdempotencyHeader)] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveAssessmentCommand
                {
                    CampaignId = id, PeriodId = periodId, ParticipantId = participantId, Version = body.Version,
                    Values = body.Values ?? [], Counts = body.Counts ?? [], IdempotencyKey = idempotencyKey,
                }, ct)))
            .WithName("SaveAssessment").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("values: [{ indicatorCode, value }] as text with at most two decimals and an optional minus sign, within the indicator's " +
                             "range (empty clears); counts: [{ eventCode, count }] as whole numbers 0–maxCount. Every refusal names the indicator and " +
                             "nothing is written. A stale version is 409. Header Idempotency-Key (optional, per user): a retry returns the first answer.");

        one.MapPost("/preview", async (int id, int periodId, int participantId, SaveAssessmentBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PreviewAssessmentScoreQuery
                    { CampaignId = id, PeriodId = periodId, ParticipantId = participantId, Values = body.Values ?? [], Counts = body.Counts ?? [] }, ct)))
            .WithName("PreviewAssessmentScore").ProducesValidationProblem()
            .WithDescription("What the typed values would score (stored values with these laid over them); nothing is saved.");

        one.MapPost("/submit", async (int id, int periodId, int participantId, AssessmentStepBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SubmitAssessmentCommand
                    { CampaignId = id, PeriodId = periodId, ParticipantId = participantId, Version = body?.Version }, ct)))
            .WithName("SubmitAssessment").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("A draft with every measured indicator filled in → Submitted.");

        one.MapPost("/reopen", async (int id, int periodId, int participantId, AssessmentStepBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReopenAssessmentCommand
                    { CampaignId = id, PeriodId = periodId, ParticipantId = participantId, Version = body?.Version, Reason = body?.Reason ?? "" }, ct)))
            .WithName("ReopenAssessment").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Submitted → Draft with a reason (at least 2 characters). A locked assessment needs its period unlocked first.");

        one.MapGet("/history", async (int id, int periodId, int participantId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAssessmentHistoryQuery(id, periodId, participantId), ct)))
            .WithName("GetAssessmentHistory").WithDescription("Every value (old → new), count, step and file, who and when, oldest first.");

        MapEvidence(one.MapGroup("/evidence"));

        group.MapPost("/periods/{periodId:int}/lock", async (int id, int periodId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LockPeriodCommand(id, periodId), ct)))
            .WithName("LockCampaignPeriod").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Locks the period and all its assessments; 409 period.unsubmitted counts and names the active participants not yet submitted.");

        group.MapPost("/periods/{periodId:int}/unlock", async (int id, int periodId, AssessmentStepBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnlockPeriodCommand { CampaignId = id, PeriodId = periodId, Reason = body?.Reason ?? "" }, ct)))
            .WithName("UnlockCampaignPeriod").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("With a reason: the period opens and its assessments return to Submitted.");
        return api;
    }

    private static void MapEvidence(RouteGroupBuilder evidence)
    {
        evidence.MapGet("/", async (int id, int periodId, int participantId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new GetAssessmentQuery(id, periodId, participantId), ct)).Evidence))
            .WithName("ListAssessmentEvidence").WithDescription("The files attached to the assessment (no content; download each by id).");

        // Bearer clients post the file; the form is read by hand so no antiforgery token is involved, and pages upload
        // through their own antiforgery-protected form.
        evidence.MapPost("/", async (int id, int periodId, int participantId, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                if (!http.HasFormContentType) throw RequestValidationException.For("File", "请以 multipart/form-data 上传文件。");
                var form = await http.ReadFormAsync(ct);
                var file = form.Files["file"] ?? throw RequestValidationException.For("File", "请上传文件（字段名 file）。");
                if (file.Length > AssessmentEvidence.MaxBytes)
                    throw RequestValidationException.For("File", $"文件超过 {AssessmentEvidence.MaxBytes / 1024 / 1024} MB。");
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var added = await mediator.Send(new AddEvidenceCommand
                {
                    CampaignId = id, PeriodId = periodId, ParticipantId = participantId, FileName = file.FileName, Content = buffer.ToArray(),
                    Note = form["note"].ToString(),
                }, ct);
                return TypedResults.Created($"/api/campaigns/{id}/assessments/{periodId}/{participantId}/evidence/{added.Id}", added);
            }).Accepts<IFormFile>("multipart/form-data")
            .WithName("AddAssessmentEvidence").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("multipart/form-data with 'file' (.pdf, .png, .jpg, .jpeg, .docx, .xlsx up to 5 MB; the content must match the extension) and an " +
                             "optional 'note'. Refused files answer 400 (field File) and nothing is stored.");

        evidence.MapGet("/{evidenceId:int}", async (int id, int periodId, int participantId, int evidenceId, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetEvidenceFileQuery(id, periodId, participantId, evidenceId), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            }).WithName("GetAssessmentEvidence").WithDescription("The file as uploaded, with the content type checked on upload.");

        evidence.MapDelete("/{evidenceId:int}", async (int id, int periodId, int participantId, int evidenceId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveEvidenceCommand(id, periodId, participantId, evidenceId), ct);
                return TypedResults.NoContent();
            }).WithName("RemoveAssessmentEvidence").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Removes a file while the assessment is not locked; the history keeps its name.");
    }
}
