using SkillsLadder.Application.Features.Results;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Web.Pages.Competitions.Results;

/// <summary>One line of a live board, the same shape for the jury and the public (jury-only figures stay null for the public).</summary>
public sealed record BoardLine(int Rank, bool Tied, int Bib, string Name, string? Enterprise, decimal Total, decimal? Standardised,
    decimal? Theory, decimal? Practical, Prize? Prize, Medal? Medal);

/// <summary>
/// A live board as first rendered; board.js then polls <see cref="Source"/>?after=<see cref="Number"/> and redraws the
/// rows from the JSON. Jury boards add the theory and practical columns.
/// </summary>
public sealed record BoardTable(string Source, int Number, string Basis, string Status, bool Jury, IReadOnlyList<BoardLine> Lines)
{
    public static BoardTable ForJury(JuryStandings s) => new($"/api/competitions/{s.CompetitionId}/board", s.Snapshot?.Number ?? 0,
        s.Snapshot?.Basis.ToString() ?? "", s.Snapshot?.Status.ToString() ?? "", true,
        s.Rows.Select(r => new BoardLine(r.Rank, r.Tied, r.Bib, r.Name, r.Enterprise, r.Total, r.Standardised, r.Theory, r.Practical, r.Prize, r.Medal)).ToList());

    public static BoardTable ForPublic(PublicStandings s) => new($"/api/public/boards/{s.CompetitionId}", s.Snapshot?.Number ?? 0,
        s.Snapshot?.Basis.ToString() ?? "", s.Snapshot?.Status.ToString() ?? "", false,
        s.Rows.Select(r => new BoardLine(r.Rank, r.Tied, r.Bib, r.Name, r.Enterprise, r.Total, r.Standardised, null, null, r.Prize, r.Medal)).ToList());
}
