using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// Theory exam results from an exam system (.xlsx or UTF-8 CSV; columns 参赛号/Bib and 成绩/Score) into the theory
/// component's one aspect: one imported sheet per entrant, recorded by the uploader and submitted, so a second official
/// verifies it. DryRun previews with row-numbered errors; a commit applies every row or, on any error, none.
/// </summary>
public sealed record ImportTheoryResultsCommand : ICommand<TheoryImportResult>
{
    public int CompetitionId { get; init; }
    public string FileName { get; init; } = "";
    public byte[] Content { get; init; } = [];
    public bool DryRun { get; init; } = true;
}

public sealed record TheoryImportResult(bool Committed, IReadOnlyList<TheoryImportRow> Rows, IReadOnlyList<string> Errors)
{
    public int Created => Rows.Count(r => r.Outcome == TheoryRowOutcome.Create);
    public int Updated => Rows.Count(r => r.Outcome == TheoryRowOutcome.Update);
    public int Unchanged => Rows.Count(r => r.Outcome == TheoryRowOutcome.Unchanged);
}

public enum TheoryRowOutcome { Create = 1, Update = 2, Unchanged = 3 }

public sealed record TheoryImportRow(int Row, int Bib, string EntrantName, decimal Score, decimal? Previous, TheoryRowOutcome Outcome);

public sealed class ImportTheoryResultsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ImportTheoryResultsCommand, TheoryImportResult>
{
    public async Task<TheoryImportResult> Handle(ImportTheoryResultsCommand request, CancellationToken cancellationToken)
    {
        (await db.OfficialAsync(user, request.CompetitionId, cancellationToken)).EnsureOrganizer();
        if (request.Content.Length > TabularFile.MaximumBytes)
            throw RequestValidationException.For("File", $"文件不能超过 {TabularFile.MaximumBytes / 1024 / 1024} MB。");
        SheetAccess.EnsureMarking(await db.Competitions.Where(c => c.Id == request.CompetitionId).Select(c => c.Status).SingleAsync(cancellationToken));
        var theory = await db.MarkingComponents.AsNoTracking().Include(m => m.Criteria).ThenInclude(k => k.Aspects)
                         .SingleOrDefaultAsync(m => m.CompetitionId == request.CompetitionId && m.Kind == ComponentKind.Theory, cancellationToken)
                     ?? throw new DomainException("theory.none", "本赛评分方案没有理论模块，无法导入理论成绩。");
        var aspect = PanelAspect.From(theory.Criteria.SelectMany(k => k.Aspects).Single());

        var table = TabularFile.Read(new MemoryStream(request.Content), request.FileName);
        var entrants = await db.Entrants.AsNoTracking().Where(e => e.CompetitionId == request.CompetitionId).ToDictionaryAsync(e => e.Bib, cancellationToken);
        var names = await db.EntrantNamesAsync(entrants.Values.Select(e => e.Id).ToList(), cancellationToken);
        var sheets = await db.ScoreSheets.Include(s => s.Entries)
            .Where(s => s.CompetitionId == request.CompetitionId && s.ComponentId == theory.Id)
            .ToDictionaryAsync(s => s.EntrantId, cancellationToken);

        var (planned, errors) = TheoryRows.Check(table, aspect, entrants, names, sheets);
        if (request.DryRun) return new TheoryImportResult(false, planned, errors);
        if (errors.Count > 0) throw new RequestValidationException(new Dictionary<string, string[]> { ["File"] = errors.ToArray() });

        var by = user.UserName ?? "?";
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in planned.Where(r => r.Outcome != TheoryRowOutcome.Unchanged))
        {
            var entrant = entrants[row.Bib];
            if (!sheets.TryGetValue(entrant.Id, out var sheet))
            {
                sheet = new ScoreSheet(request.CompetitionId, entrant.Id, SheetSource.ExamImport, null, null, theory.Id);
                db.ScoreSheets.Add(sheet);
                db.Entry(sheet).Property(s => s.Version).CurrentValue = 1; // as judges' sheets: stored sheets start at 1
            }
            else if (sheet.Status == SheetStatus.Submitted) sheet.Reopen(by, now, "理论成绩重新导入");
            sheet.Record([new SheetEntryInput(aspect.Id, aspect.Rule, Mark.Round(row.Score))], by, now);
            sheet.Submit([aspect.Id], by, now);
        }
        // TransactionBehavior saves; StandingsChangeHook then demands the ranking and moves the live board (see SaveMarks).
        return new TheoryImportResult(true, planned, []);
    }
}
