using System.Globalization;
using Bogus;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Unique, checksum-valid identifiers drawn from the city's random stream. Uniqueness is kept in memory
/// (numbers packed into longs: 8 bytes a worker rather than a string each), since a retry must not reach the database.
/// </summary>
internal sealed class IdentifierFactory(Randomizer random)
{
    private const int MaxSerial = 999_999;
    private readonly HashSet<long> _idNumbers = [];
    private readonly HashSet<string> _creditCodes = [];
    private readonly Dictionary<long, int> _certificateSerials = [];

    /// <summary>"91" (an enterprise registered by market regulation) + region + a random 9-character organisation code.</summary>
    public string CreditCode(string region)
    {
        Span<char> first17 = stackalloc char[17];
        while (true)
        {
            "91".CopyTo(first17);
            region.CopyTo(first17[2..]);
            for (var i = 8; i < 17; i++) first17[i] = UnifiedSocialCreditCode.Alphabet[random.Number(0, UnifiedSocialCreditCode.Alphabet.Length - 1)];
            var code = string.Concat(first17, [UnifiedSocialCreditCode.CheckCharacter(first17)]);
            if (_creditCodes.Add(code)) return code;
        }
    }

    /// <summary>Region, birth date, a 3-digit sequence whose last digit is odd for men and even for women, check character.</summary>
    public string IdNumber(string region, DateOnly birth, Sex sex)
    {
        var head = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        while (true)
        {
            var sequence = random.Number(0, 499) * 2 + (sex == Sex.Male ? 1 : 0);
            var first17 = head + sequence.ToString("D3", CultureInfo.InvariantCulture);
            if (_idNumbers.Add(long.Parse(first17, CultureInfo.InvariantCulture)))
                return first17 + NationalIdNumber.CheckCharacter(first17);
        }
    }

    /// <summary>
    /// Issuer letter, a 12-digit evaluating-body code, the two-digit year, the national grade (position 16),
    /// then a 6-digit serial counted per body, year and grade: the layout of the 2020 certificate numbers.
    /// </summary>
    public string CertificateNumber(char issuer, string bodyCode, DateOnly issued, int grade)
    {
        var key = (long.Parse(bodyCode, CultureInfo.InvariantCulture) * 100 + issued.Year % 100) * 10 + grade;
        var serial = _certificateSerials[key] = _certificateSerials.GetValueOrDefault(key) + 1;
        if (serial > MaxSerial)
            throw new InvalidOperationException($"More than {MaxSerial:N0} certificates for one body, year and grade: use more enterprises.");
        return string.Create(CultureInfo.InvariantCulture, $"{issuer}{bodyCode}{issued.Year % 100:D2}{grade}{serial:D6}");
    }
}
