using System.Globalization;
using Bogus;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Enterprises named the way Chinese firms are registered: place + trade name (字号) + trade + legal form,
/// e.g. 杭州恒达精密机械有限公司 or 浙江萧山金盛建设集团有限公司.
/// </summary>
internal sealed class EnterpriseFactory(Randomizer random, IdentifierFactory ids)
{
    public static readonly string[] Columns = ["Id", "Name", "CreditCode", "IndustryId", "District", "Address", "Version"];

    private static readonly char[] TradeNameCharacters = CityCatalogue.TradeNameCharacters.Distinct().ToArray();
    private static readonly string[] Forms = CityCatalogue.CompanyForms.Select(f => f.Form).ToArray();
    private static readonly float[] FormWeights = CityCatalogue.CompanyForms.Select(f => (float)f.Weight).ToArray();
    private readonly HashSet<string> _names = [];

    public (DemoEnterprise Enterprise, object?[] Row) Create(int id)
    {
        var industryIndex = random.Number(0, CityCatalogue.Industries.Length - 1);
        var industry = CityCatalogue.Industries[industryIndex];
        var district = random.ArrayElement(CityCatalogue.Districts);
        var name = UniqueName(industry, district);
        var address = string.Create(CultureInfo.InvariantCulture,
            $"杭州市{district.Name}{random.ArrayElement(district.Streets)}{random.Number(1, 1200)}号");
        var enterprise = new DemoEnterprise(id, name, district.Region, industry.Sector);
        return (enterprise, [id, name, ids.CreditCode(district.Region), industryIndex + 1, district.Name, address, 0]);
    }

    private string UniqueName(CityCatalogue.IndustryEntry industry, CityCatalogue.District district)
    {
        // Tens of thousands of combinations per trade: a clash is rare, and a retry draws a whole new name.
        while (true)
        {
            var first = random.ArrayElement(TradeNameCharacters);
            char second;
            do second = random.ArrayElement(TradeNameCharacters); while (second == first);
            var place = random.Number(1, 100) switch
            {
                <= 60 => "杭州",
                <= 80 => "浙江",
                _ => "杭州" + district.ShortName,
            };
            var name = $"{place}{first}{second}{random.ArrayElement(industry.NameWords)}{random.WeightedRandom(Forms, FormWeights)}";
            if (_names.Add(name)) return name;
        }
    }
}
