using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Takes a title out of use: no new nominations for it; honours already held and nominations under way are kept.
/// Titles are never deleted, since held honours and the nomination history refer to them.
/// </summary>
public sealed record DeactivateHonourTypeCommand(int Id, int Version) : ICommand<int>;

public sealed class DeactivateHonourTypeHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<DeactivateHonourTypeCommand, int>
{
    public async Task<int> Handle(DeactivateHonourTypeCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以维护荣誉目录。");
        var type = await db.HonourTypes.SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("HonourType", request.Id);
        if (!type.IsActive) throw new Domain.Common.DomainException("honour_type.inactive", $"荣誉“{type.Name}”已经停用。");
        db.Entry(type).Property(h => h.Version).OriginalValue = request.Version;
        type.Update(type.Name, type.Level, type.ValidityYears, type.BonusFen, type.CountsTowardCraftsman, type.NeedsSecondApproval,
            type.NoticeWorkingDays, type.Description, isActive: false);
        return type.Id;
    }
}
