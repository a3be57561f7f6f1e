using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>The entrants of a competition by bib; <see cref="Status"/> narrows to active or withdrawn ones.</summary>
public sealed record ListEntrantsQuery(int CompetitionId, EntrantStatus? Status = null) : IRequest<IReadOnlyList<EntrantRow>>;

public sealed record EntrantRow(
    int Id, int Bib, string? TeamName, IReadOnlyList<EntrantMemberRow> Members, EntrantStatus Status,
    DateTime RegisteredAt, DateTime? WithdrawnAt, string? WithdrawnBy, string? WithdrawalReason);

/// <summary>
/// One member of an entry. <see cref="NationalIdNumber"/> is null for judges (they need names, not identities), masked
/// for organizers and whole only for admins, as in the directory.
/// </summary>
public sealed record EntrantMemberRow(
    int WorkerId, string FullName, string? NationalIdNumber, string EnterpriseName, string OccupationName, string? LevelNameZh, string? LevelNameEn);

public sealed class ListEntrantsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListEntrantsQuery, IReadOnlyList<EntrantRow>>
{
    public async Task<IReadOnlyList<EntrantRow>> Handle(ListEntrantsQuery request, CancellationToken cancellationToken)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, cancellationToken);
        var entrants = db.Entrants.AsNoTracking().Where(e => e.CompetitionId == request.CompetitionId);
        if (request.Status is { } status) entrants = entrants.Where(e => e.Status == status);
        var hidden = await db.HiddenEntrantsAsync(official, request.CompetitionId, cancellationToken);
        var list = (await entrants.OrderBy(e => e.Bib).ToListAsync(cancellationToken)).Where(e => !hidden.Contains(e.Id)).ToList();
        var entrantIds = list.Select(e => e.Id).ToList();
        var members = await db.EntrantMembers.AsNoTracking().Where(m => entrantIds.Contains(m.EntrantId))
            .Join(db.Workers, m => m.WorkerId, w => w.Id, (m, w) => new
            {
                m.EntrantId, w.Id, w.FullName, w.NationalIdNumber, EnterpriseName = w.Enterprise!.Name, OccupationName = w.Occupation!.Name,
                LevelNameZh = w.CurrentSkillLevel!.NameZh, LevelNameEn = w.CurrentSkillLevel!.NameEn,
            })
            .ToListAsync(cancellationToken);

        string? IdNumber(int workerId, string id) =>
            !official.IsOrganizer ? null : user.MaySeeIdNumberOf(workerId) ? id : NationalIdNumber.Mask(id);
        var byEntrant = members.ToLookup(m => m.EntrantId, m => new EntrantMemberRow(m.Id, m.FullName, IdNumber(m.Id, m.NationalIdNumber),
            m.EnterpriseName, m.OccupationName, m.LevelNameZh, m.LevelNameEn));
        return list.Select(e => new EntrantRow(e.Id, e.Bib, e.TeamName, byEntrant[e.Id].OrderBy(m => m.FullName).ToList(), e.Status,
            e.RegisteredAt, e.WithdrawnAt, e.WithdrawnBy, e.WithdrawalReason)).ToList();
    }
}
