using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Domain.Tests;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the example of GB 32100-2015
    [InlineData("91350100m000100y43")] // codes are case-insensitive on input
    public void Valid_codes_pass(string code) => UnifiedSocialCreditCode.Check(code).ShouldBeNull();

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("91350100M000100Y4", "18 位")]
    [InlineData("91350100M000100Y44", "校验位")]
    [InlineData("91350100M0001O0Y43", "无效字符")] // the letter O is not in the alphabet
    [InlineData("9135A100M000100Y43", "行政区划")]
    public void Invalid_codes_say_why(string code, string reason) => UnifiedSocialCreditCode.Check(code)!.ShouldContain(reason);

    [Fact]
    public void Every_single_character_substitution_is_caught()
    {
        const string valid = "91350100M000100Y43";
        foreach (var position in Enumerable.Range(0, 17))
        foreach (var replacement in UnifiedSocialCreditCode.Alphabet.Where(c => c != valid[position]))
        {
            var changed = valid[..position] + replacement + valid[(position + 1)..];
            if (position is >= 2 and < 8 && !char.IsAsciiDigit(replacement)) continue; // refused by the region rule instead
            UnifiedSocialCreditCode.IsValid(changed).ShouldBeFalse(changed);
        }
    }
}
