using System.Globalization;
using Bogus;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity;

/// <summary>Unique, checksum-valid identifiers drawn from the city's random stream.</summary>
internal sealed class IdentifierFactory(Randomizer random)
{
    private readonly HashSet<string> _idNumbers = [];
    private readonly HashSet<string> _creditCodes = [];
    private long _certificateSerial;

    /// <summary>"91" (enterprise, registered by market regulation) + region + a random 9-character organisation code.</summary>
    public string CreditCode(string region)
    {
        while (true)
        {
            var organisation = new string(Enumerable.Range(0, 9).Select(_ => random.ArrayElement(UnifiedSocialCreditCode.Alphabet.ToCharArray())).ToArray());
            var first17 = "91" + region + organisation;
            var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
            if (_creditCodes.Add(code)) return code;
        }
    }

    public string IdNumber(string region, DateOnly birth, Sex sex)
    {
        while (true)
        {
            // The third sequence digit carries the sex: odd for men, even for women.
            var sequence = random.Number(0, 49) * 2 + (sex == Sex.Male ? 1 : 0) + random.Number(0, 9) * 100;
            var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
            var id = first17 + NationalIdNumber.CheckCharacter(first17);
            if (_idNumbers.Add(id)) return id;
        }
    }

    /// <summary>Issuer letter, then 14 digits (region prefix, year, serial), the national grade at position 16, six digits.</summary>
    public string CertificateNumber(char issuer, int grade, DateOnly issued)
    {
        var serial = ++_certificateSerial;
        return string.Create(CultureInfo.InvariantCulture,
            $"{issuer}33{issued.Year % 100:D2}{serial:D10}{grade}{random.Number(0, 999_999):D6}");
    }
}
