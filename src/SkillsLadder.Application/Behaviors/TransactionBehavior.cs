using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Behaviors;

/// <summary>
/// Commands only: one unit of work. The handler and the final SaveChanges run in one transaction inside EF's execution
/// strategy, so a failure anywhere leaves nothing half-written; database races surface as 409 conflicts. Around the
/// commit it runs the features' <see cref="IUnitOfWorkHook"/>s (the Ranking feature's standings demands, live board
/// and ranking jobs): before it inside the transaction, after it only once it has succeeded.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(
    SkillsLadderDbContext db, IEnumerable<IUnitOfWorkHook> hooks, ILogger<TransactionBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IUnitOfWorkHook[] _hooks = hooks.ToArray();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // A command sent from inside another's transaction is part of that unit of work: the outer one commits and runs the hooks.
        if (request is not ICommandMarker || db.Database.CurrentTransaction is not null)
            return await next();

        var strategy = db.Database.CreateExecutionStrategy();
        TResponse response;
        try
        {
            response = await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                try
                {
                    var result = await next();
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var hook in _hooks) await hook.BeforeCommitAsync(db, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return result;
                }
                catch
                {
                    foreach (var hook in _hooks) hook.OnRollback(); // a retry starts from nothing noted
                    throw;
                }
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

        foreach (var hook in _hooks) await AfterCommitAsync(hook);
        return response;
    }

    /// <summary>
    /// Each hook apart, so one failure does not lose another's work; never failing the command, which has committed.
    /// Not cancelled with the request either: a client that went away has still changed the data.
    /// </summary>
    private async Task AfterCommitAsync(IUnitOfWorkHook hook)
    {
        try
        {
            await hook.AfterCommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{Hook} failed after {Request} committed", hook.GetType().Name, typeof(TRequest).Name);
        }
    }
}
