using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>Adds a title to the honour catalogue (admins only).</summary>
public sealed record CreateHonourTypeCommand : ICommand<int>, IHonourTypeFields
{
    public string Name { get; init; } = "";
    public HonourLevel Level { get; init; } = HonourLevel.City;
    public int? ValidityYears { get; init; }
    public string? BonusYuan { get; init; }
    public bool CountsTowardCraftsman { get; init; }
    public bool NeedsSecondApproval { get; init; }
    public int NoticeWorkingDays { get; init; } = 5;
    public string? Description { get; init; }
}

public sealed class CreateHonourTypeValidator : AbstractValidator<CreateHonourTypeCommand>
{
    public CreateHonourTypeValidator() => Include(new HonourTypeFieldsValidator());
}

public sealed class CreateHonourTypeHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<CreateHonourTypeCommand, int>
{
    public async Task<int> Handle(CreateHonourTypeCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以维护荣誉目录。");
        await HonourTypeChecks.EnsureNameFreeAsync(db, request.Name, null, cancellationToken);
        var type = WorkerChecks.AsFieldErrors(() =>
        {
            var created = new HonourType(request.Name, request.Level);
            created.Update(request.Name, request.Level, request.ValidityYears, HonourTypeFieldsValidator.Fen(request), request.CountsTowardCraftsman,
                request.NeedsSecondApproval, request.NoticeWorkingDays, request.Description, true);
            return created;
        });
        db.HonourTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return type.Id;
    }
}

internal static class HonourTypeChecks
{
    /// <summary>Names are unique (an index backs this); the check gives the message a field.</summary>
    public static async Task EnsureNameFreeAsync(SkillsLadderDbContext db, string name, int? exceptId, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.HonourTypes.AnyAsync(h => h.Name == trimmed && h.Id != exceptId, ct))
            throw RequestValidationException.For(nameof(IHonourTypeFields.Name), $"荣誉目录中已有“{trimmed}”。");
    }
}
