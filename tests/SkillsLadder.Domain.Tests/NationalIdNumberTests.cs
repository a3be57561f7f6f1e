using FsCheck;
using FsCheck.Fluent;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Tests;

public sealed class NationalIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the worked example of GB 11643-1999
    [InlineData("11010519491231002x")] // a lower-case x is the same number
    [InlineData("440524198001010013")]
    public void Valid_numbers_pass(string id) => NationalIdNumber.Check(id).ShouldBeNull();

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("1101051949123100", "18 位")]
    [InlineData("11010519491231002Y", "最后一位")]
    [InlineData("1101051949123A002X", "前 17 位")]
    [InlineData("110105194912310021", "校验位")]
    [InlineData("110105194902300021", "出生日期")] // 30 February
    [InlineData("910105194912310021", "地区代码")]
    public void Invalid_numbers_say_why(string id, string reason) => NationalIdNumber.Check(id)!.ShouldContain(reason);

    [Fact]
    public void Birth_date_and_sex_come_from_the_number()
    {
        NationalIdNumber.BirthDate("11010519491231002X").ShouldBe(new DateOnly(1949, 12, 31));
        NationalIdNumber.Sex("11010519491231002X").ShouldBe(Sex.Female); // 17th digit 2 is even
        NationalIdNumber.Sex("440524198001010013").ShouldBe(Sex.Male);
    }

    [Fact]
    public void Mask_keeps_the_first_three_and_last_four_characters_only() =>
        NationalIdNumber.Mask("11010519491231002X").ShouldBe("110***********002X");

    [Fact]
    public void Any_single_digit_change_is_caught_by_the_check_character()
    {
        // Weights are non-zero modulo the prime 11, so every single substitution changes the sum.
        var idNumbers = Gen.Choose(0, 36_000).Select(days => new DateOnly(1930, 1, 1).AddDays(days))
            .Zip(Gen.Choose(0, 999))
            .Select(t => WithCheck($"330102{t.Item1:yyyyMMdd}{t.Item2:D3}"));
        var mutation = Gen.Choose(0, 16).Zip(Gen.Choose(1, 9));
        Prop.ForAll(idNumbers.ToArbitrary(), mutation.ToArbitrary(), (id, m) =>
        {
            var chars = id.ToCharArray();
            chars[m.Item1] = (char)('0' + (chars[m.Item1] - '0' + m.Item2) % 10);
            return NationalIdNumber.IsValid(id) && NationalIdNumber.Check(new string(chars)) is not null;
        }).QuickCheckThrowOnFailure();
    }

    private static string WithCheck(string first17) => first17 + NationalIdNumber.CheckCharacter(first17);
}
