namespace SkillsLadder.Domain.Ladder;

/// <summary>Checks each condition of one route against a worker's facts, with the date each is or will be met.</summary>
internal static class RouteRequirements
{
    public static RouteProgress Check(LevelRoute route, WorkerFacts facts, DateOnly? levelSince, DateOnly today)
    {
        var requirements = new List<Requirement>();
        if (route.YearsAtPreviousLevel is { } atLevel)
            requirements.Add(levelSince is { } since
                ? Years(RequirementKind.YearsAtPreviousLevel, since, atLevel, today, (route.TargetLevelRank - 1).ToString())
                : new Requirement(RequirementKind.YearsAtPreviousLevel, false, 0, atLevel * 10, (route.TargetLevelRank - 1).ToString(), null));
        if (route.YearsInOccupation is { } inOccupation)
            requirements.Add(Years(RequirementKind.YearsInOccupation, facts.HireDate, inOccupation, today, null));
        if (route.MinimumEducation is { } education)
        {
            var met = facts.Education >= education;
            requirements.Add(new Requirement(RequirementKind.Education, met, (int)facts.Education, (int)education, null, met ? today : null));
        }
        if (route.CompetitionTopN is { } topN)
            requirements.Add(Placing(route, topN, facts, today));
        if (route.InnovationsAccepted is { } count)
            requirements.Add(Innovations(route, count, facts, today));
        requirements.AddRange(TrainingEvidence.Check(route.TrainingConditions, facts, today));
        var metOn = requirements.All(r => r.MetOn is not null) ? requirements.Max(r => r.MetOn) : null;
        return new RouteProgress(requirements, metOn);
    }

    /// <summary>Years count in whole months, shown in tenths of a year; the target is met on the anniversary.</summary>
    private static Requirement Years(RequirementKind kind, DateOnly from, int years, DateOnly today, string? subject)
    {
        var months = (today.Year - from.Year) * 12 + today.Month - from.Month - (today.Day < from.Day ? 1 : 0);
        var tenths = Math.Max(0, months) * 10 / 12;
        var metOn = from.AddYears(years);
        return new Requirement(kind, metOn <= today, tenths, years * 10, subject, metOn);
    }

    private static Requirement Placing(LevelRoute route, int topN, WorkerFacts facts, DateOnly today)
    {
        var window = today.AddYears(-route.CompetitionWithinYears!.Value);
        var qualifying = facts.Placings
            .Where(p => p.Level >= route.CompetitionMinimumLevel && p.PublishedOn <= today && p.PublishedOn > window)
            .OrderBy(p => p.Rank).ThenBy(p => p.PublishedOn).FirstOrDefault();
        var met = qualifying is not null && qualifying.Rank <= topN;
        return new Requirement(RequirementKind.CompetitionPlacing, met, qualifying?.Rank ?? 0, topN,
            route.CompetitionMinimumLevel.ToString(), met ? qualifying!.PublishedOn : null);
    }

    /// <summary>
    /// Entries accepted within the years, counted like placings: "within 2 years" of 2026-11-21 excludes 2024-11-21.
    /// Met on the day the N-th of them (oldest first) was accepted; not met, waiting alone never meets it (no date).
    /// </summary>
    private static Requirement Innovations(LevelRoute route, int count, WorkerFacts facts, DateOnly today)
    {
        var window = today.AddYears(-route.InnovationsWithinYears!.Value);
        var inWindow = facts.Innovations.Where(i => i.AcceptedOn <= today && i.AcceptedOn > window)
            .Select(i => i.AcceptedOn).Order().ToList();
        var met = inWindow.Count >= count;
        return new Requirement(RequirementKind.InnovationsAccepted, met, inWindow.Count, count,
            route.InnovationsWithinYears.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), met ? inWindow[count - 1] : null);
    }
}
