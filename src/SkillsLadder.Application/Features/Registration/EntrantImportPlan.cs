using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>One entry the import will create: its bib, team name and members.</summary>
public sealed record PlannedEntrant(int Bib, string? TeamName, IReadOnlyList<int> WorkerIds);

/// <summary>
/// Checks every row of an entrant file against the directory, the competition's entries and its rules, and numbers
/// the entries. Each row collects all of its errors, so one preview shows everything to fix.
/// </summary>
internal sealed class EntrantImportPlan(SkillsLadderDbContext db, RegistrationContext context)
{
    private sealed class Line(TableRow row, string id, string name, string bib, string team)
    {
        public int Number => row.Number;
        public string Id { get; } = NationalIdNumber.Normalise(id);
        public string Name { get; } = name;
        public string BibText { get; } = bib;
        public string Team { get; } = team;
        public int? Bib { get; set; }
        public Candidate? Worker { get; set; }
        public List<string> Errors { get; } = [];
    }

    public async Task<(IReadOnlyList<ImportRow> Rows, IReadOnlyList<PlannedEntrant> Entrants)> BuildAsync(Table table, Func<string, int, string> showId, CancellationToken ct)
    {
        var teamSize = context.Competition.TeamSize;
        EntrantImportFile.EnsureHeaders(table, teamSize);
        string Cell(TableRow row, EntrantImportColumn column) => EntrantImportFile.Find(table, column) is { } h ? row.Get(h) : "";
        var lines = table.Rows.Select(r => new Line(r, Cell(r, EntrantImportFile.IdNumber), Cell(r, EntrantImportFile.Name),
            Cell(r, EntrantImportFile.Bib), Cell(r, EntrantImportFile.Team))).ToList();

        var ids = lines.Where(l => NationalIdNumber.IsValid(l.Id)).Select(l => l.Id).Distinct().ToList();
        var workers = (await db.CandidatesAsync(db.Workers.Where(w => ids.Contains(w.NationalIdNumber)), ct)).Values
            .ToDictionary(c => c.NationalIdNumber);
        var entered = await db.ExistingEntriesAsync(context.Competition.Id, workers.Values.Select(w => w.WorkerId).ToList(), ct);
        var existing = await db.Entrants.AsNoTracking().Where(e => e.CompetitionId == context.Competition.Id)
            .Select(e => new { e.Bib, e.TeamName }).ToListAsync(ct);
        var takenBibs = existing.Select(e => e.Bib).ToHashSet();

        var firstRowOfId = new Dictionary<string, int>();
        foreach (var line in lines)
        {
            CheckWorker(line, workers, entered, firstRowOfId);
            CheckBib(line, takenBibs);
            if (teamSize > 1 && line.Team.Length == 0) line.Errors.Add("本赛为团体赛，须填写队名。");
            else if (line.Team.Length > Entrant.TeamNameMaxLength) line.Errors.Add($"队名最多 {Entrant.TeamNameMaxLength} 个字。");
        }

        // An entry is a row (individual contest) or the rows sharing a team name (team contest).
        var entries = teamSize == 1
            ? lines.Select(l => new List<Line> { l }).ToList()
            : lines.Where(l => l.Team.Length > 0).GroupBy(l => l.Team).Select(g => g.ToList()).ToList();
        var usedTeams = existing.Where(e => e.TeamName is not null).GroupBy(e => e.TeamName!).ToDictionary(g => g.Key, g => g.First().Bib);
        foreach (var team in entries.Where(_ => teamSize > 1)) CheckTeam(team, teamSize, usedTeams);
        NumberEntries(entries, takenBibs);

        var rows = lines.Select(l => new ImportRow(l.Number, showId(l.Id, l.Worker?.WorkerId ?? 0), l.Name, l.Worker?.WorkerId,
            l.Worker?.FullName, l.Worker?.EnterpriseName, l.Bib, l.Team.Length == 0 ? null : l.Team, l.Errors)).ToList();
        var planned = entries.Select(e => new PlannedEntrant(e[0].Bib ?? 0, e[0].Team.Length == 0 ? null : e[0].Team,
            e.Where(l => l.Worker is not null).Select(l => l.Worker!.WorkerId).ToList())).ToList();
        return (rows, planned);
    }

    private void CheckWorker(Line line, Dictionary<string, Candidate> workers, Dictionary<int, ExistingEntry> entered, Dictionary<string, int> firstRowOfId)
    {
        if (NationalIdNumber.Check(line.Id) is { } idProblem) line.Errors.Add(idProblem);
        else if (firstRowOfId.TryGetValue(line.Id, out var first)) line.Errors.Add($"身份证号与第 {first} 行重复。");
        else
        {
            firstRowOfId[line.Id] = line.Number;
            if (!workers.TryGetValue(line.Id, out var worker)) line.Errors.Add("职工名录中没有该身份证号，请先登记职工。");
            line.Worker = worker;
        }
        if (line.Name.Length == 0) line.Errors.Add("请填写姓名。");
        if (line.Worker is not { } w) return;
        if (line.Name.Length > 0 && !SameName(line.Name, w.FullName))
            line.Errors.Add($"姓名“{line.Name}”与名录中该身份证号的姓名“{w.FullName}”不符。");
        if (entered.TryGetValue(w.WorkerId, out var entry)) line.Errors.Add(entry.Describe(w.FullName));
        else if (context.Reasons(w) is { Count: > 0 } reasons) line.Errors.Add($"不符合参赛条件：{string.Join(" ", reasons)}");
    }

    private static void CheckBib(Line line, HashSet<int> takenBibs)
    {
        if (line.BibText.Length == 0) return;
        if (!int.TryParse(line.BibText, NumberStyles.None, CultureInfo.InvariantCulture, out var bib) || bib is < 1 or > Entrant.MaximumBib)
            line.Errors.Add($"参赛号“{line.BibText}”无效：应为 1–{Entrant.MaximumBib} 的整数。");
        else if (takenBibs.Contains(bib)) line.Errors.Add($"参赛号 {bib} 已被本赛其他报名占用。");
        else line.Bib = bib;
    }

    private static void CheckTeam(List<Line> team, int teamSize, Dictionary<string, int> usedTeams)
    {
        var name = team[0].Team;
        var rows = string.Join("、", team.Select(l => l.Number));
        if (team.Count != teamSize) team.ForEach(l => l.Errors.Add($"队“{name}”有 {team.Count} 人（第 {rows} 行），本赛每队须 {teamSize} 人。"));
        if (usedTeams.TryGetValue(name, out var bib)) team.ForEach(l => l.Errors.Add($"队名“{name}”已有报名（参赛号 {bib}）。"));
        if (team.Select(l => l.Bib).OfType<int>().Distinct().Count() > 1) team.ForEach(l => l.Errors.Add($"队“{name}”各行的参赛号不一致。"));
        else if (team.Select(l => l.Bib).OfType<int>().FirstOrDefault() is var given and > 0) team.ForEach(l => l.Bib = given);
    }

    /// <summary>Given bibs must be unique in the file; the others get the next numbers after every bib in use or given.</summary>
    private static void NumberEntries(List<List<Line>> entries, HashSet<int> takenBibs)
    {
        var firstEntryOfBib = new Dictionary<int, int>();
        foreach (var entry in entries.Where(e => e[0].Bib is not null))
            if (!firstEntryOfBib.TryAdd(entry[0].Bib!.Value, entry[0].Number))
                entry.ForEach(l => l.Errors.Add($"参赛号 {l.Bib} 与第 {firstEntryOfBib[l.Bib!.Value]} 行重复。"));
        var next = takenBibs.Concat(firstEntryOfBib.Keys).DefaultIfEmpty(0).Max() + 1;
        foreach (var entry in entries.Where(e => e[0].Bib is null))
        {
            var bib = next++;
            entry.ForEach(l => l.Bib = bib);
        }
    }

    /// <summary>Spaces typed inside a Chinese name ("王 强") are not a different person.</summary>
    private static bool SameName(string typed, string directory) =>
        string.Equals(string.Concat(typed.Where(c => !char.IsWhiteSpace(c))), string.Concat(directory.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
}
