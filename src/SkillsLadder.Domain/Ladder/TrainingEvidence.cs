using System.Globalization;

namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// The route conditions from the seeds' 五位一体 beyond contests: approved training hours and mentoring within a window
/// of years (a day exactly N years ago is outside it, as for competition places and innovations), a completed
/// apprenticeship, and a studio role. Each gives the worker's value, the target, and the day it was met.
/// </summary>
internal static class TrainingEvidence
{
    public static IEnumerable<Requirement> Check(TrainingAndMentoring route, WorkerFacts facts, DateOnly today)
    {
        if (route.TrainingHours is { } hours)
        {
            var window = today.AddYears(-route.TrainingWithinYears!.Value);
            var (sum, metOn) = (0, (DateOnly?)null);
            foreach (var course in facts.Training.Where(t => t.Approved && t.CompletedOn <= today && t.CompletedOn > window).OrderBy(t => t.CompletedOn))
            {
                sum += course.Hours;
                if (sum >= hours && metOn is null) metOn = course.CompletedOn;
            }
            yield return new Requirement(RequirementKind.TrainingHours, metOn is not null, sum, hours, Years(route.TrainingWithinYears.Value), metOn);
        }
        if (route.ApprenticesMentored is { } apprentices)
        {
            var window = today.AddYears(-route.MentoringWithinYears!.Value);
            var raised = facts.Mentoring.Where(m => m.AsMentor && m.LevelsGained >= 1 && m.CompletedOn <= today && m.CompletedOn > window)
                .OrderBy(m => m.CompletedOn).ToList();
            var met = raised.Count >= apprentices;
            yield return new Requirement(RequirementKind.ApprenticesMentored, met, raised.Count, apprentices, Years(route.MentoringWithinYears.Value),
                met ? raised[apprentices - 1].CompletedOn : null);
        }
        if (route.ApprenticeshipCompleted)
        {
            var first = facts.Mentoring.Where(m => !m.AsMentor && m.CompletedOn <= today).OrderBy(m => m.CompletedOn).FirstOrDefault();
            yield return new Requirement(RequirementKind.ApprenticeshipCompleted, first is not null, first is null ? 0 : 1, 1, null, first?.CompletedOn);
        }
        if (route.StudioRole is { } role)
        {
            var held = facts.Studios.Where(s => s.CountsOn(today) && (role == StudioRequirement.Member || s.IsLead)).OrderBy(s => s.From).FirstOrDefault();
            var best = facts.Studios.Where(s => s.CountsOn(today)).Select(s => s.IsLead ? 2 : 1).DefaultIfEmpty(0).Max();
            yield return new Requirement(RequirementKind.StudioRole, held is not null, best, (int)role, held?.Name, held?.From);
        }
    }

    private static string Years(int years) => years.ToString(CultureInfo.InvariantCulture);
}
