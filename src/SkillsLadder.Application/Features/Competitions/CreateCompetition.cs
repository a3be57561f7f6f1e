using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

public sealed record CreateCompetitionCommand : ICommand<int>, ICompetitionFields
{
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
    /// <summary>Optional: start from the marking scheme of an earlier competition.</summary>
    public int? CopySchemeFromId { get; init; }
}

public sealed class CreateCompetitionValidator : AbstractValidator<CreateCompetitionCommand>
{
    public CreateCompetitionValidator() => Include(new CompetitionFieldsValidator());
}

public sealed class CreateCompetitionHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<CreateCompetitionCommand, int>
{
    public async Task<int> Handle(CreateCompetitionCommand request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        var details = await request.ToDetailsAsync(db, cancellationToken);
        var competition = CompetitionFieldsMapping.AsFieldErrors(() =>
            new Competition(details, user.UserName!, clock.GetUtcNow().UtcDateTime));
        if (request.CopySchemeFromId is { } sourceId)
        {
            var source = await db.CompetitionForOrganizerAsync(user, sourceId, cancellationToken);
            competition.ReplaceScheme(source.SchemeDefinition());
        }
        db.Competitions.Add(competition);
        await db.SaveChangesAsync(cancellationToken);
        return competition.Id;
    }
}
