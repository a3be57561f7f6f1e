using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Tests.Ladder;

/// <summary>
/// Hand-worked cases of the innovation route to 高级工 on 2026-11-21: "2 accepted innovations within 2 years" beside the
/// usual "5 years at 中级工" (the worker has held 中级工 since 2022-03-15, so the years route is met on 2027-03-15).
/// Entries are real <see cref="InnovationEntry"/> objects, turned into facts by the same rule the database query uses.
/// </summary>
public sealed class InnovationRouteTests
{
    private const int Me = 1, Colleague = 2, Senior = 4;
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static LadderPolicy Policy(int count = 2, int years = 2) => new(2, new DateOnly(2026, 1, 1), 1, 4,
    [
        new LevelRoute(Senior, null, 5, null, null, null, null, null),
        new LevelRoute(Senior, null, null, null, null, null, null, null, innovationsAccepted: count, innovationsWithinYears: years),
    ], null, "admin", DateTime.UnixEpoch);

    private static InnovationEntry Submitted(string title = "钢筋集中下料", int lead = Me, params int[] coAuthors) =>
        new(InnovationKind.RationalisationProposal, title, "按构件编号集中下料，减少边角料浪费。", null, lead, 1, coAuthors, null, null, DateTime.UnixEpoch);

    private static InnovationEntry Accepted(string on, int lead = Me, params int[] coAuthors)
    {
        var entry = Submitted($"成果 {on}", lead, coAuthors);
        entry.Accept(600_000, null, null, "评审组", DateOnly.Parse(on)); // ¥6,000: third grade
        return entry;
    }

    private static (Requirement Innovations, NextStep Next) Evaluate(IEnumerable<InnovationEntry> entries, LadderPolicy? policy = null, int worker = Me)
    {
        var facts = new WorkerFacts(1, new DateOnly(2015, 1, 1), Education.None, [new LevelHeld(3, new DateOnly(2022, 3, 15))], [], [])
        {
            Innovations = InnovationEvidence.Of(worker, entries),
        };
        var next = LadderEvaluator.Evaluate(facts, policy ?? Policy(), topLevelRank: 8, Today).NextLevel!;
        return (next.Routes[1].Requirements.Single(), next);
    }

    [Fact]
    public void Two_entries_accepted_within_two_years_open_the_route_on_the_day_the_second_was_accepted()
    {
        var (innovations, next) = Evaluate([Accepted("2025-03-01"), Accepted("2026-05-10")]);

        innovations.ShouldBe(new Requirement(RequirementKind.InnovationsAccepted, true, 2, 2, "2", new DateOnly(2026, 5, 10)));
        next.IsMet.ShouldBeTrue();
        // The innovation route beats waiting for the fifth year at 中级工 (2027-03-15).
        next.QualifiesOn.ShouldBe(new DateOnly(2026, 5, 10));
    }

    [Theory]
    [InlineData("2024-11-21", false)] // exactly two years ago: outside "within 2 years", as for competition places
    [InlineData("2024-11-22", true)]  // a day later: inside
    public void The_window_starts_the_day_after_the_same_date_years_ago(string older, bool counts)
    {
        var (innovations, next) = Evaluate([Accepted(older), Accepted("2026-01-10")]);

        (innovations.IsMet, innovations.Current).ShouldBe((counts, counts ? 2 : 1));
        innovations.MetOn.ShouldBe(counts ? new DateOnly(2026, 1, 10) : null);
        next.QualifiesOn.ShouldBe(counts ? new DateOnly(2026, 1, 10) : new DateOnly(2027, 3, 15));
    }

    [Fact]
    public void An_entry_accepted_today_counts_today()
    {
        var (innovations, _) = Evaluate([Accepted("2025-12-01"), Accepted("2026-11-21")]);
        (innovations.IsMet, innovations.MetOn).ShouldBe((true, Today));
    }

    [Fact]
    public void Only_accepted_entries_count_and_only_for_their_authors()
    {
        var notAdopted = Submitted("设备点检表简化");
        notAdopted.NotAdopt("现行点检表为行业规范要求，不宜简化。", "评审组", new DateOnly(2026, 2, 1));
        var withdrawn = Submitted("夜班照明改进");
        withdrawn.Withdraw(Me);
        var someoneElses = Accepted("2026-03-03", lead: 9);

        var (innovations, next) = Evaluate([Accepted("2026-01-10"), Submitted("焊接工装改造"), notAdopted, withdrawn, someoneElses]);

        innovations.ShouldBe(new Requirement(RequirementKind.InnovationsAccepted, false, 1, 2, "2", null));
        next.Routes[1].MetOn.ShouldBeNull(); // waiting alone never brings the second entry
        next.QualifiesOn.ShouldBe(new DateOnly(2027, 3, 15));
    }

    [Fact]
    public void A_co_author_holds_the_same_evidence_as_the_lead_author()
    {
        var entries = new[] { Accepted("2026-02-02", Me, Colleague), Accepted("2026-04-04", Colleague) };

        Evaluate(entries, worker: Colleague).Innovations.ShouldBe(
            new Requirement(RequirementKind.InnovationsAccepted, true, 2, 2, "2", new DateOnly(2026, 4, 4)));
        Evaluate(entries, worker: Me).Innovations.Current.ShouldBe(1);
    }

    [Fact]
    public void The_met_date_is_the_acceptance_of_the_nth_entry_inside_the_window_whatever_the_order_given()
    {
        // Three within three years (window opens 2023-11-22): 2022-06-01 is outside; inside, oldest first:
        // 2024-02-02, 2025-04-04, 2026-08-08, 2026-10-10 → four, and the third arrived on 2026-08-08.
        var entries = new[] { "2026-10-10", "2022-06-01", "2026-08-08", "2024-02-02", "2025-04-04" }.Select(d => Accepted(d)).ToList();

        var (innovations, _) = Evaluate(entries, Policy(count: 3, years: 3));

        innovations.ShouldBe(new Requirement(RequirementKind.InnovationsAccepted, true, 4, 3, "3", new DateOnly(2026, 8, 8)));
    }

    [Fact]
    public void A_route_needs_both_the_number_of_innovations_and_the_years_and_they_tell_routes_apart()
    {
        Should.Throw<DomainException>(() => new LevelRoute(Senior, null, null, null, null, null, null, null, innovationsAccepted: 2))
            .Code.ShouldBe("ladder.route_innovations");
        Should.Throw<DomainException>(() => new LevelRoute(Senior, null, null, null, null, null, null, null, 0, 2))
            .Code.ShouldBe("ladder.route_innovations");

        // 2 within 2 years and 3 within 2 years are two routes, not a duplicate.
        var policy = new LadderPolicy(2, Today, 1, 4,
            [new LevelRoute(Senior, null, 2, null, null, null, null, null, 2, 2), new LevelRoute(Senior, null, 2, null, null, null, null, null, 3, 2)],
            null, "admin", DateTime.UnixEpoch);
        policy.Routes.Count.ShouldBe(2);
    }
}
