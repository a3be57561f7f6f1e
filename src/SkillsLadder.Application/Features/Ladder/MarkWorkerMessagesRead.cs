using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// The worker marks their messages read (all unread ones, or up to <see cref="UpToId"/> so a message that arrived
/// after the page was shown stays unread). Only the worker themselves: HR reading a page must not clear them.
/// </summary>
public sealed record MarkWorkerMessagesReadCommand(int WorkerId, long? UpToId = null) : ICommand<int>;

public sealed class MarkWorkerMessagesReadHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MarkWorkerMessagesReadCommand, int>
{
    public async Task<int> Handle(MarkWorkerMessagesReadCommand request, CancellationToken cancellationToken)
    {
        if (!await db.Workers.AnyAsync(w => w.Id == request.WorkerId, cancellationToken))
            throw new NotFoundException("Worker", request.WorkerId);
        if (user.WorkerId != request.WorkerId) throw new ForbiddenException("只有职工本人可以将消息标为已读。");
        var unread = await db.WorkerMessages
            .Where(m => m.WorkerId == request.WorkerId && m.ReadAt == null && (request.UpToId == null || m.Id <= request.UpToId))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in unread) message.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}
