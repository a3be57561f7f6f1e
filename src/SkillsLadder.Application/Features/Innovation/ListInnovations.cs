using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>
/// Innovation entries the reader may see (<see cref="InnovationAccess.VisibleTo"/>), newest first, filtered by status,
/// kind and the year of submission (China time). Readers who may see none get an empty list, not a refusal: the
/// menu entry is there for every signed-in user.
/// </summary>
public sealed record ListInnovationsQuery : IRequest<PagedList<InnovationListItem>>
{
    public InnovationStatus? Status { get; init; }
    public InnovationKind? Kind { get; init; }
    public int? Year { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record InnovationListItem(int Id, InnovationKind Kind, string Title, InnovationStatus Status, InnovationGrade? Grade,
    long? AssessedBenefitFen, DateOnly SubmittedOn, string SubmitterName, int AuthorCount, string EnterpriseName, string? CampaignName);

public sealed class ListInnovationsValidator : AbstractValidator<ListInnovationsQuery>
{
    public ListInnovationsValidator()
    {
        RuleFor(q => q.Status).IsInEnum().WithMessage("状态无效。");
        RuleFor(q => q.Kind).IsInEnum().WithMessage("成果类别无效。");
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("年份应在 2000–2100 之间。");
    }
}

public sealed class ListInnovationsHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<ListInnovationsQuery, PagedList<InnovationListItem>>
{
    public async Task<PagedList<InnovationListItem>> Handle(ListInnovationsQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.InnovationEntries.AsNoTracking().VisibleTo(user);
        if (request.Status is { } status) query = query.Where(e => e.Status == status);
        if (request.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (request.Year is { } year)
        {
            // A year in China starts at 16:00 UTC on 31 December of the year before.
            var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - LocalDate.ChinaOffset,
                new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc) - LocalDate.ChinaOffset);
            query = query.Where(e => e.SubmittedAt >= from && e.SubmittedAt < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.SubmittedAt).ThenByDescending(e => e.Id).Skip((page - 1) * size).Take(size)
            .Select(e => new
            {
                e.Id, e.Kind, e.Title, e.Status, e.Grade, e.AssessedBenefitFen, e.SubmittedAt, AuthorCount = e.Authors.Count(),
                Submitter = db.Workers.Where(w => w.Id == e.SubmittedByWorkerId).Select(w => w.FullName).First(),
                Enterprise = db.Enterprises.Where(x => x.Id == e.EnterpriseId).Select(x => x.Name).First(),
                Campaign = db.Campaigns.Where(c => c.Id == e.CampaignId).Select(c => c.Name).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var items = rows.Select(r => new InnovationListItem(r.Id, r.Kind, r.Title, r.Status, r.Grade, r.AssessedBenefitFen,
            r.SubmittedAt.ToChinaDate(), r.Submitter, r.AuthorCount, r.Enterprise, r.Campaign)).ToList();
        return new PagedList<InnovationListItem>(items, page, size, total);
    }
}
