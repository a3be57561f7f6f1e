using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Behaviors;

/// <summary>
/// Commands only: the handler and the final SaveChanges run in one transaction inside EF's execution strategy,
/// so a failure anywhere leaves nothing half-written. Database races surface as 409 conflicts. Before the commit, the
/// live standings of the entrants the command changed are brought up to date (<see cref="LiveStandingsRefresher"/>).
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(SkillsLadderDbContext db, TimeProvider clock) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandMarker || db.Database.CurrentTransaction is not null)
            return await next();

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var response = await next();
                await db.SaveChangesAsync(cancellationToken);
                // The live board follows the marks in the same transaction: the changed entrants only.
                await LiveStandingsRefresher.RefreshAsync(db, clock, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return response;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("stale_version", "该记录已被他人修改，请刷新后重试。");
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("duplicate", "同样的记录刚刚已被保存，请刷新后核对。");
        }
    }
}
