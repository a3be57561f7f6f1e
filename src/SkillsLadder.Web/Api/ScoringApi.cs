using MediatR;
using Microsoft.AspNetCore.Mvc;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Web.Api;

/// <summary>The marks of one judge's sheet as an exam system or tablet sends them; Version 0 when there is no sheet yet.</summary>
public sealed record SaveMarksBody(int Version, int? JudgeId, IReadOnlyList<MarkInput>? Entries);

/// <summary>A step on a sheet: whose sheet (JudgeId, or ?judgeId=), the version seen, and a reason for reopen/unlock.</summary>
public sealed record SheetStepBody(int? JudgeId, int? Version, string? Reason);

public sealed record VerifyAllBody(int? PanelId);

/// <summary>Score entry under /api/competitions/{id}: sheets, their sign-off steps, disagreements and theory results.</summary>
public static class ScoringApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapScoringApi(this RouteGroupBuilder api)
    {
        // Organizers (and admins) run competitions, judges mark them; handlers narrow judges to their own seats.
        var group = api.MapGroup("/competitions/{id:int}").WithTags("Competitions")
            .RequireAuthorization(p => p.RequireRole(AppRoles.Admin, AppRoles.Organizer, AppRoles.Judge))
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/marking", async (int id, int? panelId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMarkingOverviewQuery(id, panelId), ct)))
            .WithName("GetMarkingOverview")
            .WithDescription("A judge: their entrants per panel (recused ones never listed) with sheet status. Chief judge and organizers: the panel × entrant × judge matrix with counts.");

        group.MapGet("/sheets/{panelId:int}/{entrantId:int}", async (int id, int panelId, int entrantId, int? judgeId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSheetQuery(id, panelId, entrantId, judgeId), ct)))
            .WithName("GetScoreSheet").ProducesValidationProblem()
            .WithDescription("One judge's sheet (judgeId defaults to the caller's seat): aspects in order, values, marks, total, version and gap flags. Other judges' values only for the chief judge and organizers.");

        group.MapPut("/sheets/{panelId:int}/{entrantId:int}", async (int id, int panelId, int entrantId, SaveMarksBody body,
                [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveMarksCommand
                {
                    CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = body.JudgeId, Version = body.Version,
                    Entries = body.Entries ?? [], IdempotencyKey = idempotencyKey,
                }, ct)))
            .WithName("SaveMarks").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Saves entries as typed text (\"2\" for a judgement 0–3, \"37.5\" for a measurement; empty clears). " +
                             "version is the sheet version last read (0: no sheet yet); a stale one gets 409 and nothing is written. " +
                             "Header Idempotency-Key (optional, up to 100 characters, per user): a retry with the same key and body returns the first answer " +
                             "without applying again; the same key with another body gets 409 (code idempotency.key_reused).");

        MapStep(group, "submit", "SubmitScoreSheet", "Submits a complete draft (every aspect of the panel marked).",
            (id, panelId, entrantId, judgeId, b) => new SubmitSheetCommand { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = judgeId, Version = b?.Version });
        MapStep(group, "reopen", "ReopenScoreSheet", "Returns a submitted, not yet verified sheet to draft (the judge, the chief judge or an organizer); reason optional.",
            (id, panelId, entrantId, judgeId, b) => new ReopenSheetCommand { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = judgeId, Version = b?.Version, Reason = b?.Reason });
        MapStep(group, "verify", "VerifyScoreSheet", "Second signature: an organizer, the chief judge or another judge of the panel, never the submitter; refused while the panel's judges disagree beyond an allowed gap.",
            (id, panelId, entrantId, judgeId, b) => new VerifySheetCommand { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = judgeId, Version = b?.Version });
        MapStep(group, "unlock", "UnlockScoreSheet", "The chief judge sends a verified or locked sheet back to draft; reason required. Refused while the competition is locked.",
            (id, panelId, entrantId, judgeId, b) => new UnlockSheetCommand { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = judgeId, Version = b?.Version, Reason = b?.Reason ?? "" });

        group.MapPost("/sheets/verify-all", async (int id, VerifyAllBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyAllCommand { CompetitionId = id, PanelId = body?.PanelId }, ct)))
            .WithName("VerifyAllScoreSheets").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Chief judge or organizer: verifies every submitted sheet of a panel (or of the competition, imported theory sheets included) that may be verified; lists the skipped ones with the reason.");

        group.MapGet("/sheets/{sheetId:int}/history", async (int id, int sheetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSheetHistoryQuery(id, sheetId), ct)))
            .WithName("GetScoreSheetHistory")
            .WithDescription("Every mark (old → new) and step (with reason) on a sheet, who and when. Chief judge, organizers, or the sheet's own judge.");

        group.MapGet("/disagreements", async (int id, int? panelId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDisagreementsQuery(id, panelId), ct)))
            .WithName("ListDisagreements")
            .WithDescription("Chief judge and organizers: every entrant × aspect where the judges' values spread beyond the allowed gap, with all values and their sheets.");

        // Bearer clients post the file; the auth cookie is SameSite=Lax, so a cross-site form cannot ride on it (no CSRF),
        // and pages upload through their own antiforgery-protected form.
        group.MapPost("/theory/import", async (int id, IFormFile? file, [FromForm] bool? dryRun, IMediator mediator, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0) throw RequestValidationException.For("File", "请选择要导入的成绩文件。");
                if (file.Length > TabularFile.MaximumBytes)
                    throw RequestValidationException.For("File", $"文件不能超过 {TabularFile.MaximumBytes / 1024 / 1024} MB。");
                using var content = new MemoryStream();
                await file.CopyToAsync(content, ct);
                return TypedResults.Ok(await mediator.Send(new ImportTheoryResultsCommand
                    { CompetitionId = id, FileName = file.FileName, Content = content.ToArray(), DryRun = dryRun ?? true }, ct));
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithName("ImportTheoryResults").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Organizers: multipart form with file (.xlsx or UTF-8 .csv; columns 参赛号/Bib and 成绩/Score) and dryRun (default true). " +
                             "A dry run previews rows and row-numbered errors; a commit applies all rows or, on any error, none (400).");
        return api;
    }

    private static void MapStep<TCommand>(RouteGroupBuilder group, string step, string name, string description,
        Func<int, int, int, int?, SheetStepBody?, TCommand> command) where TCommand : IRequest<SheetStepResult>
    {
        group.MapPost($"/sheets/{{panelId:int}}/{{entrantId:int}}/{step}", async (int id, int panelId, int entrantId, int? judgeId,
                SheetStepBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command(id, panelId, entrantId, body?.JudgeId ?? judgeId, body), ct)))
            .WithName(name).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithDescription(description);
    }
}
