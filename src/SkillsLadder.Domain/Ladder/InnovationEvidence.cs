using System.Linq.Expressions;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// Which innovation entries are ladder evidence: accepted ones only (a submitted entry may still be refused, a
/// not-adopted or withdrawn one never counts). One rule, used as a query filter by the facts reader and in memory here,
/// so the database and the tests cannot drift apart.
/// </summary>
public static class InnovationEvidence
{
    public static readonly Expression<Func<InnovationEntry, bool>> Counts =
        e => e.Status == InnovationStatus.Accepted && e.AssessedOn != null && e.Grade != null;

    private static readonly Func<InnovationEntry, bool> CountsInMemory = Counts.Compile();

    /// <summary>The evidence one author holds from these entries (entries they are not an author of are skipped).</summary>
    public static IReadOnlyList<InnovationHeld> Of(int workerId, IEnumerable<InnovationEntry> entries) =>
        entries.Where(CountsInMemory).Where(e => e.Authors.Any(a => a.WorkerId == workerId))
            .Select(e => new InnovationHeld(e.Title, e.Kind, e.Grade!.Value, e.AssessedOn!.Value))
            .OrderBy(i => i.AcceptedOn).ToList();
}
