using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Tests;

public sealed class WorkerTests
{
    private const string IdBorn1990 = "330102199003071230";
    private static readonly IReadOnlyList<SkillLevel> Ladder = DefaultSkillLadder.Create();
    private static SkillLevel Level(string code) => Ladder.Single(l => l.Code == code);

    private static Worker NewWorker(DateOnly? hired = null) =>
        new("张三", IdBorn1990, enterpriseId: 1, occupationId: 1, hired ?? new DateOnly(2010, 9, 1), isUnionMember: true);

    [Fact]
    public void Birth_date_and_sex_are_taken_from_the_id_number()
    {
        var worker = NewWorker();
        worker.BirthDate.ShouldBe(new DateOnly(1990, 3, 7));
        worker.Sex.ShouldBe(Sex.Male);
    }

    [Fact]
    public void Hiring_before_the_sixteenth_birthday_is_not_possible()
    {
        var error = Should.Throw<DomainException>(() => NewWorker(new DateOnly(2006, 3, 6)));
        error.Code.ShouldBe("worker.hired_under_age");
        error.Field.ShouldBe(nameof(Worker.HireDate));
        NewWorker(new DateOnly(2006, 3, 7)).HireDate.ShouldBe(new DateOnly(2006, 3, 7)); // the birthday itself is fine
    }

    [Fact]
    public void Over_long_name_is_refused_with_the_field_named()
    {
        var error = Should.Throw<DomainException>(() => new Worker(new string('张', 51), IdBorn1990, 1, 1, new DateOnly(2010, 1, 1), false));
        error.Field.ShouldBe(nameof(Worker.FullName));
    }

    [Fact]
    public void Current_level_is_the_latest_effective_even_when_recorded_out_of_order()
    {
        var worker = NewWorker();
        worker.ChangeLevel(Level("Senior"), new DateOnly(2020, 5, 1), LevelChangeReason.Assessment);
        worker.ChangeLevel(Level("Intermediate"), new DateOnly(2016, 5, 1), LevelChangeReason.Assessment); // a late paper record
        worker.CurrentSkillLevel!.Code.ShouldBe("Senior");
        worker.LevelHistory.Count.ShouldBe(2);
    }

    [Fact]
    public void A_certificate_that_raises_the_level_adds_a_dated_history_entry()
    {
        var worker = NewWorker();
        var certificate = worker.AddCertificate("S330100000000003000001", Level("Senior"), 1, new DateOnly(2021, 6, 1), "杭州市职业技能鉴定指导中心", raisesLevel: true);
        certificate.IssuerKind.ShouldBe(CertificateIssuerKind.SocialEvaluationBody);
        var entry = worker.LevelHistory.ShouldHaveSingleItem();
        entry.EffectiveOn.ShouldBe(new DateOnly(2021, 6, 1));
        entry.Certificate.ShouldBeSameAs(certificate);
        worker.CurrentSkillLevel!.Code.ShouldBe("Senior");
    }

    [Fact]
    public void A_certificate_whose_number_names_another_level_is_refused()
    {
        var error = Should.Throw<DomainException>(() =>
            NewWorker().AddCertificate("S330100000000002000001", Level("Senior"), 1, new DateOnly(2021, 6, 1), "中心", raisesLevel: true));
        error.Code.ShouldBe("certificate.level_mismatch");
    }

    [Fact]
    public void Enterprise_credit_code_is_validated_and_normalised()
    {
        new Enterprise("杭州恒达机械有限公司", " 91350100m000100y43 ", 1, "滨江区", null).CreditCode.ShouldBe("91350100M000100Y43");
        Should.Throw<DomainException>(() => new Enterprise("杭州恒达机械有限公司", "91350100M000100Y44", 1, "滨江区", null))
            .Field.ShouldBe(nameof(Enterprise.CreditCode));
    }

    [Theory]
    [InlineData("6-18-01-01", true)]
    [InlineData("9-18-01-01", false)]
    [InlineData("6-18-1-01", false)]
    public void Occupation_codes_follow_the_2022_classification_shape(string code, bool valid) =>
        (OccupationCode.Check(code) is null).ShouldBe(valid);

    [Fact]
    public void The_default_ladder_has_eight_levels_with_national_grades_five_to_one_in_the_middle()
    {
        Ladder.Select(l => l.Rank).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        Ladder.Select(l => l.NationalGrade).ShouldBe([null, 5, 4, 3, 2, 1, null, null]);
    }
}
