using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Testing;

/// <summary>Valid identifiers built with the real check-character rules, and a minimal directory to test against.</summary>
public static class TestData
{
    /// <summary>A valid unified social credit code for the given serial (Hangzhou 330100, enterprise type 91).</summary>
    public static string CreditCode(int serial)
    {
        var first17 = "91330100" + serial.ToString("D9", CultureInfo.InvariantCulture);
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    /// <summary>A valid ID number: Hangzhou Shangcheng district, the given birth date and sequence (odd = male).</summary>
    public static string IdNumber(DateOnly birth, int sequence)
    {
        var first17 = "330102" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + NationalIdNumber.CheckCharacter(first17);
    }

    /// <summary>A certificate number whose position 16 carries the given national grade.</summary>
    public static string CertificateNumber(char issuer, int grade, int serial) =>
        $"{issuer}3301{serial:D10}{grade}{serial % 1000000:D6}";

    public static async Task<Directory> SeedDirectoryAsync(this TestApp app)
    {
        var industry = new Industry("C34", "通用设备制造业");
        var occupation = new Occupation("6-18-01-01", "车工");
        await app.InsertAsync(industry, occupation);
        var enterprise = new Enterprise("杭州恒达精密机械有限公司", CreditCode(1), industry.Id, "滨江区", "江南大道 1 号");
        await app.InsertAsync(enterprise);
        var levels = await app.QueryAsync(db => db.SkillLevels.OrderBy(l => l.Rank).ToListAsync());
        return new Directory(industry.Id, occupation.Id, enterprise.Id, levels);
    }

    public sealed record Directory(int IndustryId, int OccupationId, int EnterpriseId, IReadOnlyList<SkillLevel> Levels)
    {
        public SkillLevel Level(string code) => Levels.Single(l => l.Code == code);
    }
}
