using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Tests;

public sealed class ScoreSheetTests
{
    private static readonly DateTime At = new(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly AspectRule Size = new(AspectKind.Measurement, new Mark(4000), AggregationRule.Mean, 5, new Mark(50));
    private static readonly AspectRule Safety = new(AspectKind.Judgement, new Mark(4000), AggregationRule.TrimmedMean, 1, new Mark(100));

    private static ScoreSheet Sheet() => new(1, 2, SheetSource.Judge, 3, 4, null);

    [Fact]
    public void A_refused_value_changes_nothing_even_when_others_in_the_batch_are_fine()
    {
        var sheet = Sheet();
        var error = Should.Throw<DomainException>(() => sheet.Record([new(1, Size, new Mark(3550)), new(2, Safety, new Mark(400))], "judge", At));
        error.Field.ShouldBe("aspect:2");
        sheet.Entries.ShouldBeEmpty();
        sheet.Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Changes_keep_old_and_new_values_and_unchanged_values_leave_no_trace()
    {
        var sheet = Sheet();
        sheet.Record([new(1, Size, new Mark(3550)), new(2, Safety, new Mark(200))], "judge", At).ShouldBe(2);
        sheet.Record([new(1, Size, new Mark(3600)), new(2, Safety, new Mark(200))], "scribe", At.AddMinutes(1)).ShouldBe(1);
        sheet.Record([new(1, Size, null)], "scribe", At.AddMinutes(2)).ShouldBe(1);
        sheet.Changes.Select(c => (c.AspectId, c.OldHundredths, c.NewHundredths, c.By))
            .ShouldBe([(1, (int?)null, (int?)3550, "judge"), (2, null, 200, "judge"), (1, 3550, 3600, "scribe"), (1, 3600, null, "scribe")]);
    }

    [Fact]
    public void Submission_needs_every_aspect_and_verification_a_second_official()
    {
        var sheet = Sheet();
        sheet.Record([new(1, Size, new Mark(3550))], "judge", At);
        Should.Throw<DomainException>(() => sheet.Submit([1, 2], "judge", At)).Code.ShouldBe("sheet.incomplete");
        sheet.Record([new(2, Safety, new Mark(300))], "judge", At);
        sheet.Submit([1, 2], "judge", At);
        Should.Throw<DomainException>(() => sheet.Record([new(1, Size, new Mark(100))], "judge", At)).Code.ShouldBe("sheet.not_draft");
        Should.Throw<DomainException>(() => sheet.Verify("JUDGE", At)).Code.ShouldBe("sheet.same_official");
        sheet.Verify("chief", At);
        sheet.Lock("organizer", At);
        sheet.Status.ShouldBe(SheetStatus.Locked);
    }

    [Fact]
    public void Only_a_reasoned_unlock_reopens_a_locked_sheet()
    {
        var sheet = Sheet();
        sheet.Record([new(1, Size, new Mark(3550))], "judge", At);
        sheet.Submit([1], "judge", At);
        Should.Throw<DomainException>(() => sheet.Unlock("chief", At, "x")).Code.ShouldBe("sheet.not_locked");
        sheet.Verify("chief", At);
        Should.Throw<DomainException>(() => sheet.Unlock("chief", At, "  ")).Field.ShouldBe("Reason");
        sheet.Unlock("chief", At, "选手申诉，复测尺寸");
        sheet.Status.ShouldBe(SheetStatus.Draft);
        sheet.VerifiedBy.ShouldBeNull();
        sheet.Changes.Last().Reason.ShouldBe("选手申诉，复测尺寸");
    }
}
