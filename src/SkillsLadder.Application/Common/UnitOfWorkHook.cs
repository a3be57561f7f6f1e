using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Common;

/// <summary>
/// What a feature must do when a command changes data it depends on, without the command's handler calling it: the
/// Ranking feature's <see cref="Features.Ranking.StandingsChangeHook"/> is one. A feature registers its hook in DI
/// (AddSkillsLadderApplication); <see cref="Behaviors.TransactionBehavior{TRequest, TResponse}"/> runs every hook around the
/// commit of each command's unit of work. One instance per scope, so it may keep what it saw until the commit.
/// </summary>
/// <remarks>
/// A hook must not take the DbContext in its constructor: the DbContext's options resolve the hooks (through
/// <see cref="UnitOfWorkHookInterceptor"/>), so each step gets the DbContext as an argument instead.
/// </remarks>
public interface IUnitOfWorkHook
{
    /// <summary>
    /// Before each SaveChanges of the scope, the one moment the change tracker still shows what is being written (a
    /// handler may save several times before the commit). Notes what changed; writes nothing.
    /// </summary>
    void OnSaving(SkillsLadderDbContext db);

    /// <summary>
    /// Inside the command's transaction, after its last SaveChanges and before the commit: whatever the hook writes here
    /// (and saves itself) commits or rolls back with the change. A failure here fails the command.
    /// </summary>
    Task BeforeCommitAsync(SkillsLadderDbContext db, CancellationToken ct);

    /// <summary>
    /// Once the transaction has committed, for work outside the database (asking the job engine). A failure is logged
    /// and never fails the command, which is already committed; so nothing may depend on this step alone.
    /// </summary>
    Task AfterCommitAsync(CancellationToken ct);

    /// <summary>The transaction rolled back (or is retried): forget what was noted, since none of it was written.</summary>
    void OnRollback();
}

/// <summary>
/// Hands every SaveChanges of the scope's DbContext to the <see cref="IUnitOfWorkHook"/>s, so they see what a handler
/// saves part-way as well as the final save. Registered as an EF interceptor, like the audit log.
/// </summary>
public sealed class UnitOfWorkHookInterceptor(IEnumerable<IUnitOfWorkHook> hooks) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notify(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Notify(DbContext? context)
    {
        if (context is not SkillsLadderDbContext db) return;
        foreach (var hook in hooks) hook.OnSaving(db);
    }
}
