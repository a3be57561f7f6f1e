using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Ladder;

public enum TimelineKind
{
    Certificate = 1,
    LevelChange = 2,
    CompetitionPlace = 3,
    HonourConferred = 4,
    HonourLapsed = 5,
    TierChange = 6,
    Nomination = 7,
    InnovationAccepted = 8,
    TrainingCompleted = 9,
    MentoringCompleted = 10,
    StudioRole = 11,
    PracticeResult = 12,
}

/// <summary>One dated event of a worker's career, in both languages.</summary>
public sealed record TimelineEntry(DateOnly On, TimelineKind Kind, string TextZh, string TextEn);

/// <summary>Reads a worker's career events from each table that records one, newest first.</summary>
public static class WorkerTimeline
{
    /// <param name="facts">The worker's ladder facts, already read for the evaluation: their places, innovations, training,
    /// mentoring and studio roles are not read again.</param>
    public static async Task<List<TimelineEntry>> ReadAsync(SkillsLadderDbContext db, int workerId, LevelNames levels, WorkerFacts facts, CancellationToken ct)
    {
        var entries = new List<TimelineEntry>();
        foreach (var c in await db.SkillCertificates.AsNoTracking().Where(c => c.WorkerId == workerId)
                     .Select(c => new { c.IssuedOn, c.Number, c.SkillLevel!.Rank }).ToListAsync(ct))
            entries.Add(new(c.IssuedOn, TimelineKind.Certificate, $"取得{levels.Of(c.Rank).Zh}证书（{c.Number}）",
                $"{levels.Of(c.Rank).En} certificate ({c.Number})"));
        foreach (var c in await db.WorkerLevelChanges.AsNoTracking().Where(c => c.WorkerId == workerId)
                     .Select(c => new { c.EffectiveOn, c.SkillLevel!.Rank, c.Reason }).ToListAsync(ct))
            entries.Add(new(c.EffectiveOn, TimelineKind.LevelChange, $"技能等级：{levels.Of(c.Rank).Zh}（{Reason(c.Reason).Zh}）",
                $"Skill level: {levels.Of(c.Rank).En} ({Reason(c.Reason).En})"));
        foreach (var p in facts.Placings)
            entries.Add(new(p.PublishedOn, TimelineKind.CompetitionPlace, $"{p.CompetitionName}：第 {p.Rank} 名", $"{p.CompetitionName}: place {p.Rank}"));
        foreach (var h in await db.WorkerHonours.AsNoTracking().Where(h => h.WorkerId == workerId)
                     .Select(h => new { h.Title, h.ConferredOn, h.LapsedOn }).ToListAsync(ct))
        {
            entries.Add(new(h.ConferredOn, TimelineKind.HonourConferred, $"获得荣誉：{h.Title}", $"Honour conferred: {h.Title}"));
            if (h.LapsedOn is { } lapsed)
                entries.Add(new(lapsed, TimelineKind.HonourLapsed, $"荣誉到期：{h.Title}", $"Honour expired: {h.Title}"));
        }
        foreach (var t in await db.WorkerTierChanges.AsNoTracking().Where(t => t.WorkerId == workerId).ToListAsync(ct))
            entries.Add(new(t.EffectiveOn, TimelineKind.TierChange, $"人才层级：{TierNames.Zh(t.FromTier)} → {TierNames.Zh(t.ToTier)}（{t.Reason}）",
                $"Talent tier: {TierNames.En(t.FromTier)} → {TierNames.En(t.ToTier)} ({t.Reason})"));
        foreach (var i in facts.Innovations)
            entries.Add(new(i.AcceptedOn, TimelineKind.InnovationAccepted,
                $"创新成果被采纳：{i.Title}（{InnovationText.Kind(i.Kind).Zh}，{InnovationText.Grade(i.Grade).Zh}）",
                $"Innovation accepted: {i.Title} ({InnovationText.Kind(i.Kind).En}, {InnovationText.Grade(i.Grade).En})"));
        await GrowthEntriesAsync(db, workerId, facts, entries, ct);
        var nominations = await (from n in db.Nominations.AsNoTracking()
                                 where n.WorkerId == workerId
                                 join h in db.HonourTypes on n.HonourTypeId equals h.Id into honours
                                 from h in honours.DefaultIfEmpty()
                                 join l in db.SkillLevels on n.TargetLevelId equals l.Id into targets
                                 from l in targets.DefaultIfEmpty()
                                 select new { n.CreatedAt, n.Status, Honour = h == null ? null : h.Name, Rank = l == null ? (int?)null : l.Rank })
            .ToListAsync(ct);
        foreach (var n in nominations)
        {
            var (zh, en) = n.Honour is { } title ? (title, title) : n.Rank is { } rank ? ($"晋升{levels.Of(rank).Zh}", $"promotion to {levels.Of(rank).En}") : ("—", "—");
            entries.Add(new(n.CreatedAt.ToChinaDate(), TimelineKind.Nomination,
                $"被推荐：{zh}（{Status(n.Status).Zh}）", $"Nominated: {en} ({Status(n.Status).En})"));
        }
        return entries.OrderByDescending(e => e.On).ThenByDescending(e => e.Kind).ToList();
    }

    /// <summary>Training completions, mentoring completions on both sides, studio roles and online-practice results (issue 9).</summary>
    private static async Task GrowthEntriesAsync(SkillsLadderDbContext db, int workerId, WorkerFacts facts, List<TimelineEntry> entries, CancellationToken ct)
    {
        foreach (var t in facts.Training)
            entries.Add(new(t.CompletedOn, TimelineKind.TrainingCompleted, $"培训结业：{t.Title}（{t.Hours} 学时）", $"Training completed: {t.Title} ({t.Hours} hours)"));
        foreach (var m in facts.Mentoring)
            entries.Add(m.AsMentor
                ? new(m.CompletedOn, TimelineKind.MentoringCompleted, $"带徒结业：徒弟{m.OtherName}（晋升 {m.LevelsGained} 级）",
                    $"Apprenticeship completed as mentor of {m.OtherName} ({m.LevelsGained} level{(m.LevelsGained == 1 ? "" : "s")} gained)")
                : new(m.CompletedOn, TimelineKind.MentoringCompleted, $"学徒结业：师傅{m.OtherName}", $"Apprenticeship completed under {m.OtherName}"));
        foreach (var s in facts.Studios)
            entries.Add(s.IsLead
                ? new(s.From, TimelineKind.StudioRole, $"领办创新工作室：{s.Name}", $"Leads innovation studio: {s.Name}")
                : new(s.From, TimelineKind.StudioRole, $"加入创新工作室：{s.Name}", $"Joined innovation studio: {s.Name}"));
        var practice = await (from a in db.PracticeAttempts.AsNoTracking()
                              where a.WorkerId == workerId && a.Status == AttemptStatus.Submitted
                              join r in db.PracticeRounds on a.RoundId equals r.Id
                              select new { r.Title, a.Score, a.MaxScore, a.SubmittedAt }).ToListAsync(ct);
        foreach (var a in practice)
            entries.Add(new(a.SubmittedAt!.Value.ToChinaDate(), TimelineKind.PracticeResult, $"网上练兵：{a.Title}（{a.Score}/{a.MaxScore} 分）",
                $"Online practice: {a.Title} ({a.Score}/{a.MaxScore} points)"));
    }

    public static (string Zh, string En) Reason(LevelChangeReason reason) => reason switch
    {
        LevelChangeReason.Initial => ("建档时等级", "on record at registration"),
        LevelChangeReason.Assessment => ("等级认定", "assessment"),
        LevelChangeReason.Competition => ("竞赛晋级", "competition promotion"),
        LevelChangeReason.Appointment => ("企业评聘", "appointed by the enterprise"),
        _ => (reason.ToString(), reason.ToString()),
    };

    public static (string Zh, string En) Status(NominationStatus status) => status switch
    {
        NominationStatus.Submitted => ("已提交", "submitted"),
        NominationStatus.InReview => ("审核中", "in review"),
        NominationStatus.AwaitingSecondApproval => ("待复核", "awaiting second approval"),
        NominationStatus.OnNotice => ("公示中", "on public notice"),
        NominationStatus.Conferred => ("已授予", "conferred"),
        NominationStatus.Rejected => ("未通过", "rejected"),
        NominationStatus.Withdrawn => ("已撤回", "withdrawn"),
        _ => (status.ToString(), status.ToString()),
    };
}
