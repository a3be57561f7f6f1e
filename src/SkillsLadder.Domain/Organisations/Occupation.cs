using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Organisations;

public sealed class Occupation
{
    private Occupation() { }

    public Occupation(string code, string name)
    {
        Code = Guard.Valid(code, nameof(Code), OccupationCode.Check, OccupationCode.Normalise);
        Name = Guard.Text(name, nameof(Name), 100);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
}
