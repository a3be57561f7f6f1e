using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Organisations;

/// <summary>An industry of the national classification GB/T 4754 (a section letter and a two-digit division, "C34").</summary>
public sealed class Industry
{
    private Industry() { }

    public Industry(string code, string name)
    {
        Code = Guard.Text(code, nameof(Code), 8).ToUpperInvariant();
        Name = Guard.Text(name, nameof(Name), 100);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
}
