using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Organisations;

/// <summary>An enterprise under the federation, identified in law by its unified social credit code.</summary>
public sealed class Enterprise : IVersioned
{
    public const int NameMaxLength = 100;
    public const int DistrictMaxLength = 50;
    public const int AddressMaxLength = 200;

    private Enterprise() { }

    public Enterprise(string name, string creditCode, int industryId, string district, string? address)
    {
        Update(name, creditCode, industryId, district, address);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = null!;
    public string CreditCode { get; private set; } = null!;
    public int IndustryId { get; private set; }
    public Industry? Industry { get; private set; }
    public string District { get; private set; } = null!;
    public string? Address { get; private set; }
    public int Version { get; private set; }

    /// <summary>The credit code may be corrected (typos happen); its uniqueness is the handler's and the index's job.</summary>
    public void Update(string name, string creditCode, int industryId, string district, string? address)
    {
        CreditCode = Guard.Valid(creditCode, nameof(CreditCode), UnifiedSocialCreditCode.Check, UnifiedSocialCreditCode.Normalise);
        Name = Guard.Text(name, nameof(Name), NameMaxLength, minLength: 2);
        IndustryId = industryId;
        District = Guard.Text(district, nameof(District), DistrictMaxLength);
        Address = Guard.OptionalText(address, nameof(Address), AddressMaxLength);
    }
}
