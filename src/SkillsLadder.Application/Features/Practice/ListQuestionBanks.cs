using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>Every question bank with its size, newest first: what managers pick from when they set a round.</summary>
public sealed record ListQuestionBanksQuery : MediatR.IRequest<IReadOnlyList<QuestionBankItem>>;

public sealed record QuestionBankItem(int Id, string Name, int? OccupationId, string? OccupationName, int Questions, DateTime CreatedAt);

/// <summary>One bank with its questions, answers included (managers only).</summary>
public sealed record GetQuestionBankQuery(int BankId) : MediatR.IRequest<QuestionBankDetails>;

public sealed record QuestionBankDetails(QuestionBankItem Bank, IReadOnlyList<QuestionLine> Questions);

public sealed record QuestionLine(int Id, int Number, QuestionKind Kind, string Stem, IReadOnlyList<string> Options, string Answer, int Points);

public sealed class QuestionBankQueriesHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<ListQuestionBanksQuery, IReadOnlyList<QuestionBankItem>>,
      MediatR.IRequestHandler<GetQuestionBankQuery, QuestionBankDetails>
{
    public async Task<IReadOnlyList<QuestionBankItem>> Handle(ListQuestionBanksQuery request, CancellationToken ct)
    {
        user.EnsurePracticeManager();
        // Few banks: ordered here, as a join's order is not kept by every provider.
        return (await Items(db.QuestionBanks).ToListAsync(ct)).OrderByDescending(b => b.Id).ToList();
    }

    public async Task<QuestionBankDetails> Handle(GetQuestionBankQuery request, CancellationToken ct)
    {
        user.EnsurePracticeManager();
        var bank = await Items(db.QuestionBanks.Where(b => b.Id == request.BankId)).SingleOrDefaultAsync(ct)
                   ?? throw new NotFoundException("QuestionBank", request.BankId);
        var questions = await db.PracticeQuestions.AsNoTracking().Where(q => q.BankId == request.BankId).OrderBy(q => q.Number).ToListAsync(ct);
        return new QuestionBankDetails(bank, questions.Select(q => new QuestionLine(q.Id, q.Number, q.Kind, q.Stem, q.OptionList, q.Answer, q.Points)).ToList());
    }

    private IQueryable<QuestionBankItem> Items(IQueryable<QuestionBank> banks) =>
        from b in banks
        join o in db.Occupations on b.OccupationId equals o.Id into occupations
        from o in occupations.DefaultIfEmpty()
        select new QuestionBankItem(b.Id, b.Name, b.OccupationId, o == null ? null : o.Name,
            db.PracticeQuestions.Count(q => q.BankId == b.Id), b.CreatedAt);
}
