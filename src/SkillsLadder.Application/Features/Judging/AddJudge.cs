using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Judging;

/// <summary>
/// Seats an account with the Judge role on a competition. The judge's enterprise (their own, or that of the worker
/// record the account stands for) is what conflict detection compares; detection runs at once.
/// </summary>
public sealed record AddJudgeCommand(int CompetitionId, int UserId, bool IsChief) : ICommand<int>;

public sealed record RemoveJudgeCommand(int CompetitionId, int JudgeId) : ICommand<MediatR.Unit>;

public sealed class AddJudgeHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<AddJudgeCommand, int>, MediatR.IRequestHandler<RemoveJudgeCommand, MediatR.Unit>
{
    public async Task<int> Handle(AddJudgeCommand request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        official.EnsureOrganizer();
        await EnsureBeforeLockAsync(request.CompetitionId, ct);
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, ct)
                      ?? throw RequestValidationException.For(nameof(request.UserId), "所选账号不存在。");
        var judgeRole = await db.Roles.Where(r => r.Name == AppRoles.Judge).Select(r => r.Id).SingleAsync(ct);
        if (!await db.UserRoles.AnyAsync(ur => ur.UserId == account.Id && ur.RoleId == judgeRole, ct))
            throw RequestValidationException.For(nameof(request.UserId), $"“{account.DisplayName}”没有裁判角色，请先由管理员授予。");
        if (await db.CompetitionJudges.AnyAsync(j => j.CompetitionId == request.CompetitionId && j.UserId == account.Id, ct))
            throw RequestValidationException.For(nameof(request.UserId), $"“{account.DisplayName}”已是本赛裁判。");
        var enterprise = account.EnterpriseId ?? await db.Workers.Where(w => w.Id == account.WorkerId).Select(w => (int?)w.EnterpriseId).SingleOrDefaultAsync(ct);
        var name = string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName! : account.DisplayName;
        if (request.IsChief) await DemoteChiefAsync(request.CompetitionId, ct);
        var judge = new CompetitionJudge(request.CompetitionId, account.Id, name, enterprise, request.IsChief);
        db.CompetitionJudges.Add(judge);
        await db.SaveChangesAsync(ct);
        await ConflictScan.ScanAsync(db, request.CompetitionId, official.UserName, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        return judge.Id;
    }

    public async Task<MediatR.Unit> Handle(RemoveJudgeCommand request, CancellationToken ct)
    {
        (await db.OfficialAsync(user, request.CompetitionId, ct)).EnsureOrganizer();
        var judge = await db.CompetitionJudges.SingleOrDefaultAsync(j => j.Id == request.JudgeId && j.CompetitionId == request.CompetitionId, ct)
                    ?? throw new NotFoundException("Judge", request.JudgeId);
        if (await db.ScoreSheets.AnyAsync(s => s.JudgeId == judge.Id, ct))
            throw new DomainException("judge.has_sheets", $"{judge.FullName} 已有评分记录，不能移出本赛。");
        db.PanelMembers.RemoveRange(db.PanelMembers.Where(m => m.JudgeId == judge.Id));
        db.CompetitionJudges.Remove(judge);
        await db.SaveChangesAsync(ct);
        return MediatR.Unit.Value;
    }

    private async Task EnsureBeforeLockAsync(int competitionId, CancellationToken ct)
    {
        var status = await db.Competitions.Where(c => c.Id == competitionId).Select(c => c.Status).SingleAsync(ct);
        if (status >= CompetitionStatus.Locked) throw new DomainException("judge.after_lock", "竞赛已锁定，不能再增加裁判。");
    }

    /// <summary>A competition has one chief judge; naming a new one makes the former an ordinary judge.</summary>
    private async Task DemoteChiefAsync(int competitionId, CancellationToken ct)
    {
        foreach (var chief in await db.CompetitionJudges.Where(j => j.CompetitionId == competitionId && j.IsChief).ToListAsync(ct))
            chief.SetChief(false);
    }
}
