using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>
/// Competitions, their lifecycle and their marking schemes. Any signed-in caller reaches the handlers, which decide:
/// organizers run every competition, a judge reads the ones they sit on, everyone else gets 403.
/// </summary>
public static class CompetitionsApi
{
    public static RouteGroupBuilder MapCompetitionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/competitions").WithTags("Competitions").RequireAuthorization(AuthSetup.CompetitionPolicy);

        group.MapGet("/", async ([AsParameters] ListCompetitionsQuery query, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListCompetitions").ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Organizers and admins see every competition; a judge sees those they sit on.");

        group.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCompetitionQuery(id), ct)))
            .WithName("GetCompetition").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<CompetitionDetailsView>> (CreateCompetitionCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/competitions/{id}", await mediator.Send(new GetCompetitionQuery(id), ct));
        }).WithName("CreateCompetition").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Organizers only. CopySchemeFromId starts from an earlier competition's marking scheme.");

        group.MapPut("/{id:int}", async (int id, EditCompetitionCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { Id = id }, ct);
            return TypedResults.Ok(await mediator.Send(new GetCompetitionQuery(id), ct));
        }).WithName("EditCompetition").BodyIdMatchesPath<EditCompetitionCommand>(c => c.Id, "Id").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Send the Version you read; a stale one answers 409. Refused once marking has started.");

        group.MapPost("/{id:int}/status", async (int id, StatusChangeBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ChangeCompetitionStatusCommand(id, body.To, body.Reason), ct);
            return TypedResults.Ok(await mediator.Send(new GetCompetitionQuery(id), ct));
        }).WithName("ChangeCompetitionStatus").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Draft→Registration→Marking→Locked by organizers; Locked→Marking (unlock) by the chief judge with a Reason. " +
                             "A refused step answers 409 with the rule's code (competition.no_entrants, competition.sheets_unverified, …).");

        group.MapGet("/{id:int}/scheme", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetSchemeQuery(id), ct)))
            .WithName("GetScheme").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}/scheme", async (int id, SchemeBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SaveSchemeCommand(id, body.Version, new SchemeInput(body.Components ?? [])), ct);
            return TypedResults.Ok(await mediator.Send(new GetSchemeQuery(id), ct));
        }).WithName("SaveScheme").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Replaces the whole scheme as a new version. Version is the one you read (0 for none yet). " +
                             "Every problem (weights, maxima, codes, judgement descriptors) comes back at once.");

        group.MapPost("/{id:int}/scheme/copy", async (int id, CopySchemeBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new CopySchemeCommand(id, body.FromCompetitionId), ct);
            return TypedResults.Ok(await mediator.Send(new GetSchemeQuery(id), ct));
        }).WithName("CopyScheme").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:int}/ranking-rules", async (int id, Application.Features.Ranking.SetRankingRulesCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { CompetitionId = id }, ct);
            return TypedResults.Ok(await mediator.Send(new GetCompetitionQuery(id), ct));
        }).WithName("SetRankingRules").BodyIdMatchesPath<Application.Features.Ranking.SetRankingRulesCommand>(c => c.CompetitionId, "CompetitionId").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Standardisation (None | Median700 with centre and spread), tie-break chain (Practical, Time, Theory), strict order, " +
                             "prizes (Proportion in % or Count), medals, medallion threshold, honour and promotion proposals. Until publication.");

        group.MapGet("/{id:int}/scheme.xlsx", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.File(await mediator.Send(new ExportSchemeQuery(id), ct),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"scheme-{id}.xlsx"))
            .WithName("ExportScheme").ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("The scheme as a spreadsheet, one row per aspect; an example template when there is none yet.");

        group.MapPost("/{id:int}/scheme/import", async (int id, HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var (file, version) = await UploadedFileAsync(http, ct);
            await mediator.Send(new ImportSchemeCommand(id, version, file.FileName, file.Content), ct);
            return TypedResults.Ok(await mediator.Send(new GetSchemeQuery(id), ct));
        }).WithName("ImportScheme").RequireAuthorization(AuthSetup.OrganizerPolicy)
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("multipart/form-data with 'file' (.xlsx or .csv in the ExportScheme layout) and 'version' (the scheme version you read). " +
                             "Row-numbered errors come back as field errors keyed '第 N 行'; nothing is replaced unless the whole file is valid.");

        return api;
    }

    /// <summary>Reads an upload by hand (rather than binding IFormFile), so API clients with bearer tokens need no antiforgery token.</summary>
    internal static async Task<((string FileName, byte[] Content) File, int Version)> UploadedFileAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasFormContentType) throw Application.Common.RequestValidationException.For("File", "请以 multipart/form-data 上传文件。");
        var form = await http.ReadFormAsync(ct);
        var file = form.Files["file"] ?? throw Application.Common.RequestValidationException.For("File", "请上传文件（字段名 file）。");
        if (file.Length > Application.Common.Tables.TabularFile.MaximumBytes)
            throw Application.Common.RequestValidationException.For("File", "文件过大。");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        int.TryParse(form["version"], out var version);
        return ((file.FileName, buffer.ToArray()), version);
    }

    public sealed record StatusChangeBody(Domain.Competitions.CompetitionStatus To, string? Reason);
    public sealed record SchemeBody(int Version, IReadOnlyList<ComponentInput>? Components);
    public sealed record CopySchemeBody(int FromCompetitionId);
}
