using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// The issue-9 evidence for many workers at once, keyed by worker: completed training (the programme's hours, whether
/// it is approved, completed on the result day), completed master–apprentice pairs on both sides, and studio roles (a
/// lead from the founding day, having no member row; a member from joining to leaving; the latest review decides).
/// </summary>
public static class GrowthFacts
{
    public static async Task<List<(int WorkerId, TrainingHeld Training)>> CompletedTrainingAsync(
        this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var rows = await (from e in db.TrainingEnrolments.AsNoTracking().WhereWorkerIn(e => e.WorkerId, workerIds)
                          where e.Status == EnrolmentStatus.Completed
                          join p in db.TrainingProgrammes on e.ProgrammeId equals p.Id
                          select new { e.WorkerId, p.Title, p.Hours, p.IsApproved, e.ResultOn }).ToListAsync(ct);
        var wanted = workerIds.ToHashSet();
        return rows.Where(r => wanted.Contains(r.WorkerId)).OrderBy(r => r.ResultOn)
            .Select(r => (r.WorkerId, new TrainingHeld(r.Title, r.Hours, r.IsApproved, r.ResultOn!.Value))).ToList();
    }

    public static async Task<List<(int WorkerId, MentoringHeld Mentoring)>> CompletedMentoringAsync(
        this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var ids = workerIds.ToList();
        var pairs = await (from m in db.MentoringPairs.AsNoTracking()
                           where m.Status == MentoringStatus.Completed && (ids.Contains(m.MentorWorkerId) || ids.Contains(m.ApprenticeWorkerId))
                           join mentor in db.Workers on m.MentorWorkerId equals mentor.Id
                           join apprentice in db.Workers on m.ApprenticeWorkerId equals apprentice.Id
                           select new
                           {
                               m.MentorWorkerId, Mentor = mentor.FullName, m.ApprenticeWorkerId, Apprentice = apprentice.FullName,
                               m.ApprenticeLevelAtStart, m.ApprenticeLevelAtEnd, m.CompletedOn,
                           }).ToListAsync(ct);
        var wanted = workerIds.ToHashSet();
        var held = new List<(int, MentoringHeld)>();
        foreach (var p in pairs.OrderBy(p => p.CompletedOn))
        {
            // The same rule as MentoringPair.LevelsGained, on the projected columns.
            var gained = p.ApprenticeLevelAtEnd is { } end ? Math.Max(0, end - p.ApprenticeLevelAtStart) : 0;
            if (wanted.Contains(p.MentorWorkerId)) held.Add((p.MentorWorkerId, new MentoringHeld(true, p.Apprentice, gained, p.CompletedOn!.Value)));
            if (wanted.Contains(p.ApprenticeWorkerId)) held.Add((p.ApprenticeWorkerId, new MentoringHeld(false, p.Mentor, gained, p.CompletedOn!.Value)));
        }
        return held;
    }

    public static async Task<List<(int WorkerId, StudioHeld Studio)>> StudioRolesAsync(
        this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var ids = workerIds.ToList();
        var studios = db.InnovationStudios.AsNoTracking();
        var leads = await studios.Where(s => ids.Contains(s.LeadWorkerId))
            .Select(s => new
            {
                WorkerId = s.LeadWorkerId, s.Name, s.FoundedOn,
                Latest = s.Reviews.OrderByDescending(r => r.Year).Select(r => (StudioReviewGrade?)r.Grade).FirstOrDefault(),
            }).ToListAsync(ct);
        var members = await studios.SelectMany(s => s.Members, (s, m) => new
            {
                m.WorkerId, s.Name, m.JoinedOn, m.LeftOn,
                Latest = s.Reviews.OrderByDescending(r => r.Year).Select(r => (StudioReviewGrade?)r.Grade).FirstOrDefault(),
            })
            .Where(m => ids.Contains(m.WorkerId)).ToListAsync(ct);
        return leads.Select(l => (l.WorkerId, new StudioHeld(l.Name, true, l.FoundedOn, null, l.Latest == StudioReviewGrade.Fail)))
            .Concat(members.Select(m => (m.WorkerId, new StudioHeld(m.Name, false, m.JoinedOn, m.LeftOn, m.Latest == StudioReviewGrade.Fail))))
            .OrderBy(s => s.Item2.From).ToList();
    }
}
