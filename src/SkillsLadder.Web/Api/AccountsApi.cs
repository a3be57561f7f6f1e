using MediatR;
using SkillsLadder.Application.Features.Accounts;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>Account administration for admins: list, open an account, reset a password (each answer shows a new password once).</summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("Accounts").RequireAuthorization(AuthSetup.AdminPolicy);

        group.MapGet("/", async ([AsParameters] ListAccountsQuery query, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(query, ct))).WithName("ListAccounts");

        group.MapPost("/", async (CreateAccountCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var created = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/accounts/{created.Id}", created);
        }).WithName("CreateAccount").ProducesValidationProblem();

        group.MapPost("/{id:int}/reset-password", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ResetPasswordCommand(id), ct)))
            .WithName("ResetPassword").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
