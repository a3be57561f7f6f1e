using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>Programmes for everyone signed in, soonest start first, filtered by occupation, target tier and status.</summary>
public sealed record ListTrainingProgrammesQuery : IRequest<PagedList<TrainingProgrammeItem>>
{
    public int? OccupationId { get; init; }
    public TalentTier? Tier { get; init; }
    public ProgrammeStatus? Status { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record TrainingProgrammeItem(int Id, string Title, string? OccupationName, TalentTier? TargetTier, string Provider, int Hours,
    int Capacity, int Enrolled, DateOnly StartsOn, DateOnly EndsOn, long CostFen, long SubsidyFen, bool IsApproved, ProgrammeStatus Status);

public sealed class ListTrainingProgrammesValidator : AbstractValidator<ListTrainingProgrammesQuery>
{
    public ListTrainingProgrammesValidator()
    {
        RuleFor(q => q.Tier).IsInEnum().WithMessage("层级无效。");
        RuleFor(q => q.Status).IsInEnum().WithMessage("状态无效。");
    }
}

public sealed class ListTrainingProgrammesHandler(SkillsLadderDbContext db)
    : IRequestHandler<ListTrainingProgrammesQuery, PagedList<TrainingProgrammeItem>>
{
    public async Task<PagedList<TrainingProgrammeItem>> Handle(ListTrainingProgrammesQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.TrainingProgrammes.AsNoTracking();
        if (request.OccupationId is { } occupationId) query = query.Where(p => p.OccupationId == occupationId);
        if (request.Tier is { } tier) query = query.Where(p => p.TargetTier == tier);
        if (request.Status is { } status) query = query.Where(p => p.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.Status == ProgrammeStatus.Open).ThenBy(p => p.StartsOn).ThenBy(p => p.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(p => new TrainingProgrammeItem(p.Id, p.Title,
                db.Occupations.Where(o => o.Id == p.OccupationId).Select(o => o.Name).FirstOrDefault(), p.TargetTier, p.Provider, p.Hours,
                p.Capacity, db.TrainingEnrolments.Count(e => e.ProgrammeId == p.Id && e.Status != EnrolmentStatus.Withdrawn),
                p.StartsOn, p.EndsOn, p.CostFen, p.SubsidyFen, p.IsApproved, p.Status))
            .ToListAsync(cancellationToken);
        return new PagedList<TrainingProgrammeItem>(items, page, size, total);
    }
}
