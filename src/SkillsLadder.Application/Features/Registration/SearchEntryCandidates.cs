using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>
/// The register form's worker picker: directory workers whose name contains the search, or whose ID number is the
/// search (an organizer holding a paper form knows the number; the answer still shows it masked).
/// </summary>
public sealed record SearchEntryCandidatesQuery(int CompetitionId, string? Search) : IRequest<IReadOnlyList<EntryCandidate>>
{
    public const int MaximumResults = 20;
}

/// <summary>A worker found by the picker, with the eligibility reasons (empty when eligible) and any earlier entry.</summary>
public sealed record EntryCandidate(int WorkerId, string FullName, string NationalIdNumber, string EnterpriseName,
    string OccupationName, string? LevelName, IReadOnlyList<string> Reasons, int? EnteredBib);

public sealed class SearchEntryCandidatesHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<SearchEntryCandidatesQuery, IReadOnlyList<EntryCandidate>>
{
    public async Task<IReadOnlyList<EntryCandidate>> Handle(SearchEntryCandidatesQuery request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        var context = await db.ContextAsync(request.CompetitionId, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Search)) return [];
        var search = request.Search.Trim();
        var workers = NationalIdNumber.IsValid(search)
            ? db.Workers.Where(w => w.NationalIdNumber == NationalIdNumber.Normalise(search))
            : db.Workers.Where(w => EF.Functions.Like(w.FullName, Paging.LikeContains(search), "\\"));
        var found = await db.CandidatesAsync(workers.OrderBy(w => w.FullName).ThenBy(w => w.Id).Take(SearchEntryCandidatesQuery.MaximumResults), cancellationToken);
        var entered = await db.ExistingEntriesAsync(request.CompetitionId, found.Keys.ToList(), cancellationToken);
        return found.Values.OrderBy(c => c.FullName, StringComparer.Ordinal).ThenBy(c => c.WorkerId).Select(c => new EntryCandidate(
            c.WorkerId, c.FullName, user.MaySeeIdNumberOf(c.WorkerId) ? c.NationalIdNumber : NationalIdNumber.Mask(c.NationalIdNumber),
            c.EnterpriseName, c.Facts.OccupationName, c.Facts.LevelName, context.Reasons(c), entered.GetValueOrDefault(c.WorkerId)?.Bib)).ToList();
    }
}
