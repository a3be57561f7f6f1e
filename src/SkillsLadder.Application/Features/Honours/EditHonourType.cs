using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Edits a catalogue title; <see cref="Version"/> is the version the editor saw, so a stale edit is refused (409).
/// Nominations already made keep the notice length and second-approval rule they were made with.
/// </summary>
public sealed record EditHonourTypeCommand : ICommand<int>, IHonourTypeFields
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public HonourLevel Level { get; init; } = HonourLevel.City;
    public int? ValidityYears { get; init; }
    public string? BonusYuan { get; init; }
    public bool CountsTowardCraftsman { get; init; }
    public bool NeedsSecondApproval { get; init; }
    public int NoticeWorkingDays { get; init; } = 5;
    public string? Description { get; init; }
    public bool IsActive { get; init; } = true;
}

public sealed class EditHonourTypeValidator : AbstractValidator<EditHonourTypeCommand>
{
    public EditHonourTypeValidator() => Include(new HonourTypeFieldsValidator());
}

public sealed class EditHonourTypeHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<EditHonourTypeCommand, int>
{
    public async Task<int> Handle(EditHonourTypeCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以维护荣誉目录。");
        var type = await db.HonourTypes.SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("HonourType", request.Id);
        await HonourTypeChecks.EnsureNameFreeAsync(db, request.Name, type.Id, cancellationToken);
        db.Entry(type).Property(h => h.Version).OriginalValue = request.Version;
        WorkerChecks.AsFieldErrors(() =>
        {
            type.Update(request.Name, request.Level, request.ValidityYears, HonourTypeFieldsValidator.Fen(request), request.CountsTowardCraftsman,
                request.NeedsSecondApproval, request.NoticeWorkingDays, request.Description, request.IsActive);
            return type.Id;
        });
        return type.Id;
    }
}
