using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

public sealed record EditCompetitionCommand : ICommand<MediatR.Unit>, ICompetitionFields
{
    public int Id { get; init; }
    /// <summary>The version the organizer saw; a stale one is a conflict, never a silent overwrite.</summary>
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public CompetitionLevel Level { get; init; } = CompetitionLevel.City;
    public CompetitionClass Class { get; init; }
    public int OccupationId { get; init; }
    public int? IndustryId { get; init; }
    public string? Theme { get; init; }
    public string Organizer { get; init; } = "";
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public string Venue { get; init; } = "";
    public int TeamSize { get; init; } = 1;
    public bool OccupationMustMatch { get; init; }
    public int? MinimumLevelId { get; init; }
    public int? MaximumLevelId { get; init; }
    public int? MinimumYearsInPost { get; init; }
    public int? HonourCoolingOffYears { get; init; }
    public Domain.Training.TitleGrade? MinimumTitleGrade { get; init; }
}

public sealed class EditCompetitionValidator : AbstractValidator<EditCompetitionCommand>
{
    public EditCompetitionValidator() => Include(new CompetitionFieldsValidator());
}

public sealed class EditCompetitionHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<EditCompetitionCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EditCompetitionCommand request, CancellationToken cancellationToken)
    {
        var competition = await db.CompetitionForOrganizerAsync(user, request.Id, cancellationToken);
        if (competition.Version != request.Version)
            throw new ConflictException("competition.stale", "竞赛信息已被他人修改，请刷新后重新编辑。");
        if (request.TeamSize != competition.TeamSize && await db.Entrants.AnyAsync(e => e.CompetitionId == request.Id, cancellationToken))
            throw RequestValidationException.For(nameof(request.TeamSize), "已有报名，不能再改变每队人数。");
        var details = await request.ToDetailsAsync(db, cancellationToken);
        CompetitionFieldsMapping.AsFieldErrors(() => { competition.Update(details); return 0; });
        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
