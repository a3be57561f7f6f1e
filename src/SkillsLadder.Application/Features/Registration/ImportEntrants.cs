using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>
/// Registers the entrants listed in an .xlsx or CSV file. <see cref="DryRun"/> only previews: per row, the worker found,
/// the bib it will get and every error. A real run is all or nothing: with any row in error nothing is written and
/// the errors come back keyed "row N" (N = the row number in the user's spreadsheet).
/// </summary>
public sealed record ImportEntrantsCommand : ICommand<EntrantImportResult>
{
    public int CompetitionId { get; init; }
    public string FileName { get; init; } = "";
    public byte[] Content { get; init; } = [];
    public bool DryRun { get; init; } = true;
}

/// <summary>What the import did or would do; <see cref="Committed"/> is true only when the entrants were written.</summary>
public sealed record EntrantImportResult(bool Committed, int EntrantCount, int RowsWithErrors, IReadOnlyList<ImportRow> Rows);

/// <summary>One row of the file. <see cref="IdNumber"/> is masked once it matched a worker (admins excepted), else echoed as typed.</summary>
public sealed record ImportRow(int Row, string IdNumber, string Name, int? WorkerId, string? WorkerName, string? EnterpriseName,
    int? Bib, string? TeamName, IReadOnlyList<string> Errors);

public sealed class ImportEntrantsValidator : AbstractValidator<ImportEntrantsCommand>
{
    public ImportEntrantsValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage("请选择要导入的文件。")
            .Must(c => c.Length <= TabularFile.MaximumBytes).OverridePropertyName("File")
            .WithMessage($"文件不能超过 {TabularFile.MaximumBytes / 1024 / 1024} MB。");
    }
}

public sealed class ImportEntrantsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ImportEntrantsCommand, EntrantImportResult>
{
    public async Task<EntrantImportResult> Handle(ImportEntrantsCommand request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        var context = await db.ContextAsync(request.CompetitionId, cancellationToken);
        context.EnsureOpen();
        var table = TabularFile.Read(new MemoryStream(request.Content, writable: false), request.FileName);
        var (rows, planned) = await new EntrantImportPlan(db, context).BuildAsync(table,
            (id, workerId) => workerId > 0 && !user.MaySeeIdNumberOf(workerId) ? NationalIdNumber.Mask(id) : id, cancellationToken);
        var failed = rows.Where(r => r.Errors.Count > 0).ToList();
        if (request.DryRun) return new EntrantImportResult(false, planned.Count, failed.Count, rows);
        if (failed.Count > 0)
            throw new RequestValidationException(failed.ToDictionary(r => $"row {r.Row}", r => r.Errors.ToArray()));

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in planned)
            db.Entrants.Add(new Entrant(request.CompetitionId, entry.Bib, entry.TeamName, entry.WorkerIds, user.UserName ?? "?", now));
        await db.SaveChangesAsync(cancellationToken);
        // Judges already seated learn at once whom they must not mark.
        await Competitions.ConflictScan.ScanAsync(db, request.CompetitionId, user.UserName ?? "?", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new EntrantImportResult(true, planned.Count, 0, rows);
    }
}
