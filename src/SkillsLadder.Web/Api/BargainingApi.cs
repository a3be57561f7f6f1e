using MediatR;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>
/// Wage bargaining over the same requests as the pages. The group admits admins, organisers and HR; each handler
/// decides whether the caller acts for the union or the employer here, and confines enterprise HR to its enterprise.
/// </summary>
public static class BargainingApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapBargainingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/bargaining").WithTags("Bargaining").RequireAuthorization(AuthSetup.BargainingPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/minimum-wages", async (string? area, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMinimumWagesQuery(area), ct)))
            .WithName("ListMinimumWages").WithDescription("Local minimum wage standards by area, newest first, the one in force today marked.");
        group.MapPost("/minimum-wages", async (AddMinimumWageCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created("/api/bargaining/minimum-wages", new { Id = await mediator.Send(command, ct) }))
            .WithName("AddMinimumWage").RequireAuthorization(AuthSetup.AdminPolicy).ProducesValidationProblem()
            .WithDescription("Adds a standard (area, monthly yuan text parsed exactly to fen, effective date); one per area and date.");
        group.MapGet("/post-classes", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPostClassesQuery(), ct)))
            .WithName("ListPostClasses").WithDescription("Post classes with their floor as a percentage of the minimum wage.");

        group.MapGet("/agreements", async ([AsParameters] ListAgreementsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListAgreements").WithDescription("Agreements with stage (incl. ReplyDue and Expiring), next deadline and overdue flag; enterprise HR sees its own.");
        group.MapPost("/agreements", async (OfferAgreementCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/bargaining/agreements/{id}", await mediator.Send(new GetAgreementQuery(id), ct));
            })
            .WithName("OfferAgreement").ProducesValidationProblem()
            .WithDescription("The written offer opening an agreement; deadlines from configuration Bargaining:*.");

        var agreement = group.MapGroup("/agreements/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        agreement.MapGet("/", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAgreementQuery(id), ct)))
            .WithName("GetAgreement").WithDescription("Particulars, deadlines, parties, rounds with checked proposal grids, votes and the draft.");
        agreement.MapGet("/round-form", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetRoundFormQuery(id), ct)))
            .WithName("GetRoundForm").WithDescription("Each side's starting grid for the next round: its last proposal, else the grid in force, else blank.");
        agreement.MapPost("/grid-check", async (int id, CheckGridQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query with { AgreementId = id }, ct)))
            .WithName("CheckGrid").ProducesValidationProblem()
            .WithDescription("Checks a grid against the minimum wage in force in the agreement's area on HeldOn (default today); saves nothing.");

        Step(agreement.MapPost("/representatives", (int id, AddRepresentativeCommand c, IMediator m, CancellationToken ct) => m.Send(c with { AgreementId = id }, ct)),
            "AddRepresentative", "Names a representative of the caller's own side (3–10 a side, one chief each).");
        Step(agreement.MapDelete("/representatives/{representativeId:int}", (int id, int representativeId, IMediator m, CancellationToken ct) =>
            m.Send(new RemoveRepresentativeCommand(id, representativeId), ct)), "RemoveRepresentative", "Removes a representative of the caller's own side.");
        Step(agreement.MapPost("/reply", (int id, ReplyToOfferCommand c, IMediator m, CancellationToken ct) => m.Send(c with { AgreementId = id }, ct)),
            "ReplyToOffer", "The written reply, by the side that did not make the offer.");
        Step(agreement.MapPost("/rounds", (int id, HoldRoundCommand c, IMediator m, CancellationToken ct) => m.Send(c with { AgreementId = id }, ct)),
            "HoldRound", "A round with minutes and at most one proposal grid per side (yuan text per cell); either party records it.");
        Step(agreement.MapPost("/draft", (int id, AgreeDraftCommand c, IMediator m, CancellationToken ct) => m.Send(c with { AgreementId = id }, ct)),
            "AgreeDraft", "Puts a proposal's grid to the congress; refused while it breaks a grid rule.");
        agreement.MapPost("/votes", async (int id, RecordVoteCommand c, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(c with { AgreementId = id }, ct)))
            .WithName("RecordVote").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The congress vote counts (union side); a failed vote is kept and explained, the agreement stays a draft.");
        Step(agreement.MapPost("/sign", (int id, SignAgreementCommand c, IMediator m, CancellationToken ct) => m.Send(c with { AgreementId = id }, ct)),
            "SignAgreement", "Both chief representatives signed on the date given.");
        Step(agreement.MapPost("/file", (int id, FileAgreementCommand c, IMediator m, CancellationToken ct) => m.Send(c with { AgreementId = id }, ct)),
            "FileAgreement", "The employer filed the agreement with the 人社部门.");
        agreement.MapPost("/take-effect", async (int id, TakeEffectCommand c, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(c with { AgreementId = id }, ct)))
            .WithName("TakeEffect").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Takes effect on the bureau's approval date, or after the review period in silence; grades every covered worker.");
        agreement.MapGet("/grid.xlsx", async (int id, IMediator m, CancellationToken ct) => File(await m.Send(new ExportAgreementQuery(id, AgreementFileKind.Grid), ct)))
            .WithName("ExportAgreementGrid").Produces(StatusCodes.Status200OK, contentType: Xlsx).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The signed pay grid as .xlsx.");
        agreement.MapGet("/filing-pack.xlsx", async (int id, IMediator m, CancellationToken ct) => File(await m.Send(new ExportAgreementQuery(id, AgreementFileKind.FilingPack), ct)))
            .WithName("ExportFilingPack").Produces(StatusCodes.Status200OK, contentType: Xlsx).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The filing pack as .xlsx: particulars, parties, rounds, vote counts, dates and the grid.");

        group.MapPost("/agreements/expire", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ExpireAgreementsCommand(), ct)))
            .WithName("ExpireAgreements").RequireAuthorization(AuthSetup.AdminPolicy)
            .WithDescription("Marks effective agreements past their expiry as expired (what a daily job sends); returns their ids.");
        return api;
    }

    /// <summary>A state change answering with the agreement as it now stands.</summary>
    private static void Step(RouteHandlerBuilder builder, string name, string description) =>
        builder.AddEndpointFilter(async (context, next) =>
            {
                await next(context);
                var id = context.GetArgument<int>(0);
                return TypedResults.Ok(await context.HttpContext.RequestServices.GetRequiredService<IMediator>()
                    .Send(new GetAgreementQuery(id), context.HttpContext.RequestAborted));
            })
            .WithName(name).WithDescription(description).Produces<AgreementDetails>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

    private static IResult File(AgreementFile file) => TypedResults.File(file.Content, Xlsx, file.FileName);
}
