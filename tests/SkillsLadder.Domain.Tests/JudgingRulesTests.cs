using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Tests;

public sealed class JudgingRulesTests
{
    [Theory]
    [InlineData("王强", "王")]
    [InlineData("欧阳娜娜", "欧阳")]
    [InlineData("欧阳", "欧")]          // a two-character name is surname + given name
    [InlineData("司马光", "司马")]
    [InlineData(" 李 ", "李")]
    public void Family_names_know_the_compound_surnames(string fullName, string family) =>
        ConflictDetector.FamilyName(fullName).ShouldBe(family);

    [Fact]
    public void Same_enterprise_and_family_name_are_both_reported_and_strangers_are_not()
    {
        var judge = new PersonForConflicts("欧阳明", 7);
        ConflictDetector.Detect(judge, [new("欧阳小红", 7)]).ShouldBe([ConflictKind.SameEnterprise, ConflictKind.FamilyName]);
        ConflictDetector.Detect(judge, [new("欧小红", 8)]).ShouldBeEmpty();
        ConflictDetector.Detect(new PersonForConflicts("李华", null), [new("王五", 3), new("李四", 4)]).ShouldBe([ConflictKind.FamilyName]);
    }

    [Fact]
    public void A_name_match_waits_for_review_and_only_it_can_be_cleared()
    {
        var at = DateTime.UtcNow;
        var match = new ConflictOfInterest(1, 2, 3, ConflictKind.FamilyName, null, "system", at);
        match.Status.ShouldBe(ConflictStatus.ToReview);
        match.Recuses.ShouldBeTrue();
        match.Review(false, "户籍核实无亲属关系", "chief", at);
        match.Recuses.ShouldBeFalse();

        var declared = new ConflictOfInterest(1, 2, 3, ConflictKind.Declared, "曾是其师傅", "judge", at);
        Should.Throw<DomainException>(() => declared.Review(false, "x", "chief", at)).Code.ShouldBe("conflict.not_reviewable");
        Should.Throw<DomainException>(() => new ConflictOfInterest(1, 2, 3, ConflictKind.Declared, " ", "judge", at)).Code.ShouldBe("conflict.note");
    }
}
