using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// Adds the questions of an .xlsx or CSV file to a bank. <see cref="DryRun"/> only previews each row with its errors.
/// A real run is all or nothing: with any row in error nothing is written, and the errors come back keyed "row N"
/// (N = the row number in the user's spreadsheet).
/// </summary>
public sealed record ImportQuestionsCommand : ICommand<QuestionImportResult>
{
    public int BankId { get; init; }
    public string FileName { get; init; } = "";
    public byte[] Content { get; init; } = [];
    public bool DryRun { get; init; } = true;
}

/// <param name="Committed">True only when the questions were written.</param>
/// <param name="BankSize">Questions in the bank after the import (or as it would be).</param>
public sealed record QuestionImportResult(bool Committed, int QuestionCount, int RowsWithErrors, int BankSize, IReadOnlyList<QuestionImportRow> Rows);

public sealed class ImportQuestionsValidator : AbstractValidator<ImportQuestionsCommand>
{
    public ImportQuestionsValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage("请选择要导入的文件。")
            .Must(c => c.Length <= TabularFile.MaximumBytes).OverridePropertyName("File")
            .WithMessage($"文件不能超过 {TabularFile.MaximumBytes / 1024 / 1024} MB。");
    }
}

public sealed class ImportQuestionsHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<ImportQuestionsCommand, QuestionImportResult>
{
    public async Task<QuestionImportResult> Handle(ImportQuestionsCommand request, CancellationToken ct)
    {
        user.EnsurePracticeManager();
        var bank = await db.QuestionBanks.Include(b => b.Questions).SingleOrDefaultAsync(b => b.Id == request.BankId, ct)
                   ?? throw new NotFoundException("QuestionBank", request.BankId);
        var rows = QuestionImportFile.Read(TabularFile.Read(new MemoryStream(request.Content, writable: false), request.FileName));
        var failed = rows.Where(r => r.Errors.Count > 0).ToList();
        var good = rows.Count - failed.Count;
        var size = bank.Questions.Count + rows.Count;
        if (size > Domain.Training.QuestionBank.MaxQuestions)
            throw RequestValidationException.For("File", $"题库最多 {Domain.Training.QuestionBank.MaxQuestions} 题，本次导入后将有 {size} 题。");
        if (request.DryRun) return new QuestionImportResult(false, good, failed.Count, bank.Questions.Count + good, rows);
        if (failed.Count > 0)
            throw new RequestValidationException(failed.ToDictionary(r => $"row {r.Row}", r => r.Errors.ToArray()));

        bank.Add(rows.Select(r => r.Question!));
        await db.SaveChangesAsync(ct);
        return new QuestionImportResult(true, rows.Count, 0, bank.Questions.Count, rows);
    }
}
