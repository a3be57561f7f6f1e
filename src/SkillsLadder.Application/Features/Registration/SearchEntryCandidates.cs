using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>
/// The register form's worker picker: directory workers whose name contains the search, or whose ID number is the
/// search (an organizer holding a paper form knows the number; the answer still shows it masked). Several terms may be given, separated by spaces or commas.
/// </summary>
public sealed record SearchEntryCandidatesQuery(int CompetitionId, string? Search) : IRequest<IReadOnlyList<EntryCandidate>>
{
    public const int MaximumResults = 20;
    /// <summary>Several names or numbers at once, so a team's members can be picked from one list.</summary>
    public const int MaximumTerms = 10;
}

/// <summary>A worker found by the picker, with the eligibility reasons (empty when eligible) and any earlier entry.</summary>
public sealed record EntryCandidate(int WorkerId, string FullName, string NationalIdNumber, string EnterpriseName,
    string OccupationName, string? LevelName, IReadOnlyList<string> Reasons, int? EnteredBib);

public sealed class SearchEntryCandidatesHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<SearchEntryCandidatesQuery, IReadOnlyList<EntryCandidate>>
{
    private static readonly char[] Separators = [' ', ',', '，', '、', ';', '；'];

    public async Task<IReadOnlyList<EntryCandidate>> Handle(SearchEntryCandidatesQuery request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        var context = await db.ContextAsync(request.CompetitionId, cancellationToken);
        var terms = (request.Search ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().Take(SearchEntryCandidatesQuery.MaximumTerms).ToList();
        if (terms.Count == 0) return [];
        var ids = new HashSet<int>();
        foreach (var term in terms)
            ids.UnionWith(await (NationalIdNumber.IsValid(term)
                    ? db.Workers.Where(w => w.NationalIdNumber == NationalIdNumber.Normalise(term))
                    : db.Workers.Where(w => EF.Functions.Like(w.FullName, Paging.LikeContains(term), "\\")))
                .OrderBy(w => w.FullName).Select(w => w.Id).Take(SearchEntryCandidatesQuery.MaximumResults).ToListAsync(cancellationToken));
        var workers = db.Workers.Where(w => ids.Contains(w.Id));
        var found = await db.CandidatesAsync(workers.OrderBy(w => w.FullName).ThenBy(w => w.Id).Take(SearchEntryCandidatesQuery.MaximumResults), cancellationToken);
        var entered = await db.ExistingEntriesAsync(request.CompetitionId, found.Keys.ToList(), cancellationToken);
        return found.Values.OrderBy(c => c.FullName, StringComparer.Ordinal).ThenBy(c => c.WorkerId).Select(c => new EntryCandidate(
            c.WorkerId, c.FullName, user.MaySeeIdNumberOf(c.WorkerId) ? c.NationalIdNumber : NationalIdNumber.Mask(c.NationalIdNumber),
            c.EnterpriseName, c.Facts.OccupationName, c.Facts.LevelName, context.Reasons(c), entered.GetValueOrDefault(c.WorkerId)?.Bib)).ToList();
    }
}
