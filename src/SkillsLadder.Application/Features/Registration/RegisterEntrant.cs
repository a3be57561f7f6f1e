using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>
/// Enters one worker, or a team of exactly the competition's team size, under a bib (the next free one when none is
/// given). Refused with every reason when a member is not eligible, already entered (withdrawn too) or the bib is taken.
/// </summary>
public sealed record RegisterEntrantCommand : ICommand<int>
{
    public int CompetitionId { get; init; }
    public int[] WorkerIds { get; init; } = [];
    /// <summary>Required for team contests; optional (a delegation's name) for individual ones.</summary>
    public string? TeamName { get; init; }
    public int? Bib { get; init; }
}

public sealed class RegisterEntrantValidator : AbstractValidator<RegisterEntrantCommand>
{
    public RegisterEntrantValidator()
    {
        RuleFor(c => c.WorkerIds).NotEmpty().WithMessage("请选择参赛职工。")
            .Must(ids => ids.Distinct().Count() == ids.Length).WithMessage("同一职工不能在一队中出现两次。");
        RuleFor(c => c.Bib).InclusiveBetween(1, Entrant.MaximumBib).When(c => c.Bib is not null)
            .WithMessage($"参赛号应在 1–{Entrant.MaximumBib} 之间。");
        RuleFor(c => c.TeamName).MaximumLength(Entrant.TeamNameMaxLength).WithMessage($"队名最多 {Entrant.TeamNameMaxLength} 个字。");
    }
}

public sealed class RegisterEntrantHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<RegisterEntrantCommand, int>
{
    public async Task<int> Handle(RegisterEntrantCommand request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        var context = await db.ContextAsync(request.CompetitionId, cancellationToken);
        context.EnsureOpen();
        var competition = context.Competition;
        if (request.WorkerIds.Length != competition.TeamSize)
            throw RequestValidationException.For(nameof(request.WorkerIds), competition.TeamSize == 1
                ? "本赛为个人赛，每次报名一名职工。"
                : $"本赛为团体赛，每队须 {competition.TeamSize} 人，现选了 {request.WorkerIds.Length} 人。");

        var candidates = await db.CandidatesAsync(db.Workers.Where(w => request.WorkerIds.Contains(w.Id)), cancellationToken);
        // Any id not in the directory, zero and negative ones included (they used to slip past as "none missing").
        if (request.WorkerIds.Where(id => !candidates.ContainsKey(id)).Select(id => (int?)id).FirstOrDefault() is { } missing)
            throw RequestValidationException.For(nameof(request.WorkerIds), $"名录中没有编号为 {missing} 的职工。");
        var entered = await db.ExistingEntriesAsync(request.CompetitionId, request.WorkerIds, cancellationToken);
        var problems = request.WorkerIds.Select(id => candidates[id]).SelectMany(c =>
            entered.TryGetValue(c.WorkerId, out var entry) ? [entry.Describe(c.FullName)]
            : context.Reasons(c) is { Count: > 0 } reasons ? [$"{c.FullName} 不符合参赛条件：{string.Join(" ", reasons)}"]
            : Array.Empty<string>()).ToArray();
        if (problems.Length > 0)
            throw new RequestValidationException(new Dictionary<string, string[]> { [nameof(request.WorkerIds)] = problems });

        var bib = request.Bib ?? await db.NextBibAsync(request.CompetitionId, cancellationToken);
        if (request.Bib is not null && await db.Entrants.AnyAsync(e => e.CompetitionId == request.CompetitionId && e.Bib == bib, cancellationToken))
            throw RequestValidationException.For(nameof(request.Bib), $"参赛号 {bib} 已被占用。");
        var entrant = Workers.WorkerChecks.AsFieldErrors(() => new Entrant(request.CompetitionId, bib, request.TeamName, request.WorkerIds,
            user.UserName ?? "?", clock.GetUtcNow().UtcDateTime));
        db.Entrants.Add(entrant);
        await db.SaveChangesAsync(cancellationToken);
        // Judges already seated learn at once whom they must not mark.
        await Competitions.ConflictScan.ScanAsync(db, request.CompetitionId, user.UserName ?? "?", clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return entrant.Id;
    }
}
