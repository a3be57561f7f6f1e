using MediatR;
using SkillsLadder.Application.Features.Pay;

namespace SkillsLadder.Web.Api;

/// <summary>
/// The pay simulator for negotiators (/api/bargaining/agreements/{id}/simulation) and a worker's pay grade
/// (/api/workers/{id}/pay). Access is decided in the handlers: agreement readers, and the worker record's readers.
/// </summary>
public static class PayApi
{
    public static RouteGroupBuilder MapPayApi(this RouteGroupBuilder api)
    {
        api.MapGet("/bargaining/agreements/{id:int}/simulation", async (int id, int[]? proposal, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SimulatePayQuery(id, proposal ?? []), ct)))
            .WithName("SimulatePay").WithTags("Bargaining").Produces<PaySimulation>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Costs one or two proposals (?proposal=ID&proposal=ID) of the agreement's rounds over the workforce it covers, " +
                             "against the grid in force today: monthly and annual totals in fen, per level and post class, workers affected, " +
                             "the biggest individual changes, and each grid's problems against today's minimum wage of the agreement's area.");

        api.MapGet("/workers/{id:int}/pay", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWorkerPayQuery(id), ct)))
            .WithName("GetWorkerPay").WithTags("Workers").Produces<WorkerPay>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("A worker's pay grade under the agreement in force: today's grade, grades decided for later dates, the dated history " +
                             "and what the next level would pay. The worker, their enterprise's HR, organizers, federation reviewers and admins.");
        return api;
    }
}
