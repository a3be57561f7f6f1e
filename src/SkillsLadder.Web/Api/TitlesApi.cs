using MediatR;
using SkillsLadder.Application.Features.Titles;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

public sealed record TitleTableBody(IReadOnlyList<TitleEquivalenceInput>? Rows);

/// <summary>The level ↔ title table (职业技能等级与职称比照) under /api/reference: read by all signed in, saved whole by admins.</summary>
public static class TitlesApi
{
    public static RouteGroupBuilder MapTitlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reference/title-equivalences", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTitleEquivalencesQuery(), ct)))
            .WithTags("Reference").WithName("GetTitleEquivalences").Produces<IReadOnlyList<TitleEquivalenceRow>>()
            .WithDescription("Rows by level rank: LevelRank, LevelName, Grade (Assistant|Intermediate|Senior|Full), Title. A level counts as " +
                             "the title of the highest row at or below it.");

        api.MapPut("/reference/title-equivalences", async (TitleTableBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReplaceTitleEquivalencesCommand(body.Rows ?? []), ct);
                return TypedResults.Ok(await mediator.Send(new GetTitleEquivalencesQuery(), ct));
            })
            .WithTags("Reference").WithName("ReplaceTitleEquivalences").RequireAuthorization(AuthSetup.AdminPolicy)
            .Produces<IReadOnlyList<TitleEquivalenceRow>>().ProducesValidationProblem()
            .WithDescription("Admins save the whole table: Rows [{LevelRank, Grade, Title}]; ranks must exist on the skill ladder and appear " +
                             "once; a higher level may not have a lower grade (400 with Rows[i].Field errors).");
        return api;
    }
}
