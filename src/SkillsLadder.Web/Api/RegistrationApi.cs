using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Web.Api;

/// <summary>
/// Entrants of a competition: list (organizers, and judges seated on the competition), register, withdraw, check
/// eligibility and bulk import (organizers and admins).
/// </summary>
public static class RegistrationApi
{
    public static RouteGroupBuilder MapRegistrationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/competitions/{id:int}/entrants").WithTags("Competitions");
        var organizers = new[] { AppRoles.Admin, AppRoles.Organizer };

        group.MapGet("/", async (int id, EntrantStatus? status, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEntrantsQuery(id, status), ct)))
            .WithName("ListEntrants").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Entrants by bib; status=Active|Withdrawn narrows the list. Organizers and admins, and judges seated on " +
                             "this competition (403 for other judges). Judges get no ID numbers; organizers get them masked.");

        group.MapPost("/", async (int id, RegisterEntrantCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var entrantId = await mediator.Send(command with { CompetitionId = id }, ct);
                return TypedResults.Created($"/api/competitions/{id}/entrants", new { id = entrantId });
            })
            .WithName("RegisterEntrant").RequireAuthorization(p => p.RequireRole(organizers))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Enters one worker (workerIds: [id]) or a team of exactly the competition's team size (teamName required). " +
                             "Without a bib the next after the highest in use is given. 400 on workerIds with every eligibility reason, " +
                             "or when a member is already entered (withdrawn too); 400 on bib when taken; 409 when registration is closed.");

        group.MapPost("/{entrantId:int}/withdraw", async (int id, int entrantId, WithdrawRequest body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new WithdrawEntrantCommand(id, entrantId, body.Reason ?? ""), ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawEntrant").RequireAuthorization(p => p.RequireRole(organizers))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Withdraws an entrant with a reason (required). The entry keeps its bib. 409 once marks are locked or when already withdrawn.");

        group.MapPost("/import", async (int id, IFormFile? file, [FromForm] bool? dryRun, IMediator mediator, CancellationToken ct) =>
            {
                var content = file is null ? [] : await ReadAsync(file, ct);
                return TypedResults.Ok(await mediator.Send(new ImportEntrantsCommand
                {
                    CompetitionId = id, FileName = file?.FileName ?? "", Content = content, DryRun = dryRun ?? true,
                }, ct));
            })
            .WithName("ImportEntrants").RequireAuthorization(p => p.RequireRole(organizers))
            // Bearer clients carry no antiforgery token; cookie callers must (see AntiforgeryForCookies).
            .DisableAntiforgery().AddEndpointFilter(AntiforgeryForCookies)
            .WithMetadata(new RequestSizeLimitAttribute(TabularFile.MaximumBytes + 64 * 1024))
            .Produces<EntrantImportResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("multipart/form-data: file (.xlsx or UTF-8 .csv, at most 5 MB; headers 身份证号/IdNumber, 姓名/Name, 参赛号/Bib, " +
                             "队名/Team) and dryRun (default true). A dry run answers 200 with every row, the worker found, the bib it will get " +
                             "and its errors. dryRun=false is all or nothing: 200 with committed=true, or 400 ValidationProblemDetails whose " +
                             "errors are keyed \"row N\" (N = spreadsheet row, the header is row 1) and nothing written; a bad file or a " +
                             "missing header is keyed \"file\".");

        group.MapGet("/import-template", () =>
                TypedResults.File(EntrantImportFile.Template(), EntrantImportFile.ContentType, EntrantImportFile.TemplateFileName))
            .WithName("GetEntrantImportTemplate").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces(StatusCodes.Status200OK, contentType: EntrantImportFile.ContentType)
            .WithDescription("An empty .xlsx with the import headers (身份证号, 姓名, 参赛号, 队名).");

        group.MapGet("/eligibility", async (int id, int workerId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CheckEligibilityQuery(id, workerId), ct)))
            .WithName("CheckEligibility").RequireAuthorization(p => p.RequireRole(organizers))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Whether the worker may enter, with every reason why not (occupation, level range, years in post, honour cooling-off).");

        return api;
    }

    /// <summary>The body of a withdrawal.</summary>
    public sealed record WithdrawRequest(string? Reason);

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        // One byte over the limit is enough for the validator to refuse it; nothing larger is buffered.
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0 && buffer.Length <= TabularFile.MaximumBytes)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    /// <summary>
    /// A multipart form can be posted cross-site, so a caller signed in by cookie must send the antiforgery token;
    /// bearer-token callers cannot be driven by another site and are exempt.
    /// </summary>
    private static async ValueTask<object?> AntiforgeryForCookies(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)) return await next(context);
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            throw new BadHttpRequestException("Antiforgery token missing or invalid.", StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }
}
