using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>
/// The federation's talent reports under /api/reports/talent: admins, organizers and HR reviewers (an enterprise's HR
/// only its own enterprise; another enterprise id is 403). Every report takes industryId, enterpriseId, occupationId;
/// bad filters are 400 with field errors. Each has an .xlsx twin with the same parameters.
/// </summary>
public static class ReportsApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports/talent").WithTags("Reports").RequireAuthorization(AuthSetup.DirectoryPolicy).ReadsFromReplica()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/overview", async ([AsParameters] GetTalentOverviewQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetTalentOverview").Produces<TalentOverview>()
            .WithDescription("People per tier (未评定, 技能人才, 高技能人才, 工匠人才) and per current level, with the high-skilled share: " +
                             "tier 2 or 3 over everyone who holds a level, in percent with one decimal.");

        group.MapGet("/industries", async ([AsParameters] GetTalentByIndustryQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetTalentByIndustry").Produces<IReadOnlyList<IndustryTalent>>()
            .WithDescription("The same counts per industry of the worker's current enterprise, largest first.");

        group.MapGet("/enterprises", async ([AsParameters] GetTalentByEnterpriseQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetTalentByEnterprise").Produces<PagedList<EnterpriseTalent>>()
            .WithDescription("The counts per enterprise, top first: sort=HighSkilled (default; tier 2 + 3) or Total; paged (pageSize up to 100).");

        group.MapGet("/years", async ([AsParameters] GetTalentByYearQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetTalentByYear").Produces<IReadOnlyList<YearTalent>>()
            .WithDescription("People per level at each year-end (31 Dec; today for the current year) from the dated level history, fromYear..toYear " +
                             "(default the last five years, at most 15; toYear not after this year), with the high-skilled share by level.");

        group.MapGet("/flows", async ([AsParameters] GetTierFlowsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetTierFlows").Produces<TierFlows>()
            .WithDescription("Tier changes counted per period (by=Year|Month) and from→to tier between from and to (dates; default the last five " +
                             "calendar years), with the totals up and down. A first rating is a flow from None.");

        group.MapGet("/{kind}.xlsx", async Task<IResult> (string kind, [AsParameters] TalentExportParameters p, IMediator mediator, CancellationToken ct) =>
            {
                if (!Enum.TryParse<TalentReportKind>(kind, ignoreCase: true, out var report) || !Enum.IsDefined(report)) return TypedResults.NotFound();
                var file = await mediator.Send(new ExportTalentReportQuery
                {
                    Kind = report, IndustryId = p.IndustryId, EnterpriseId = p.EnterpriseId, OccupationId = p.OccupationId, Sort = p.Sort,
                    FromYear = p.FromYear, ToYear = p.ToYear, From = p.From, To = p.To, By = p.By,
                }, ct);
                return TypedResults.File(file.Content, Xlsx, file.FileName);
            })
            .WithName("ExportTalentReport").Produces(StatusCodes.Status200OK, contentType: Xlsx).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Any of the reports (kind = overview, industries, enterprises, years, flows) as .xlsx, with that report's parameters; " +
                             "the enterprise list holds up to 10,000 enterprises in rank order.");
        return api;
    }
}

/// <summary>The query string of an export: the filters plus every report's own parameters (each report reads its own).</summary>
public sealed record TalentExportParameters(int? IndustryId, int? EnterpriseId, int? OccupationId, EnterpriseTalentSort? Sort,
    int? FromYear, int? ToYear, DateOnly? From, DateOnly? To, FlowPeriod? By);
