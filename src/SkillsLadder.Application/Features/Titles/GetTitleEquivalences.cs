using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Titles;

/// <summary>The level ↔ title table (职业技能等级与职称比照) by level rank, with each level's name; readable by everyone signed in.</summary>
public sealed record GetTitleEquivalencesQuery : IRequest<IReadOnlyList<TitleEquivalenceRow>>;

public sealed record TitleEquivalenceRow(int LevelRank, string? LevelName, TitleGrade Grade, string Title);

public static class TitleEquivalenceRows
{
    /// <summary>The title a level counts as: the highest row at or below it (as <see cref="TitleEquivalence.For"/>).</summary>
    public static string? TitleFor(this IReadOnlyList<TitleEquivalenceRow> table, int? levelRank) =>
        levelRank is { } rank ? table.Where(t => t.LevelRank <= rank).MaxBy(t => t.LevelRank)?.Title : null;
}

public sealed class GetTitleEquivalencesHandler(SkillsLadderDbContext db) : IRequestHandler<GetTitleEquivalencesQuery, IReadOnlyList<TitleEquivalenceRow>>
{
    public async Task<IReadOnlyList<TitleEquivalenceRow>> Handle(GetTitleEquivalencesQuery request, CancellationToken cancellationToken)
    {
        var levels = await db.SkillLevels.AsNoTracking().ToDictionaryAsync(l => l.Rank, l => l.NameZh, cancellationToken);
        var rows = await db.TitleEquivalences.AsNoTracking().OrderBy(t => t.LevelRank).ToListAsync(cancellationToken);
        return rows.Select(t => new TitleEquivalenceRow(t.LevelRank, levels.GetValueOrDefault(t.LevelRank), t.Grade, t.Title)).ToList();
    }
}

/// <summary>Reads the table once for pages and slices that show or check a worker's title equivalent.</summary>
internal static class TitleTable
{
    public static async Task<IReadOnlyList<TitleEquivalence>> TitleTableAsync(this SkillsLadderDbContext db, CancellationToken ct) =>
        await db.TitleEquivalences.AsNoTracking().ToListAsync(ct);

    public static string Name(this TitleGrade grade) => Domain.Competitions.EligibilityCheck.GradeName(grade);
}
