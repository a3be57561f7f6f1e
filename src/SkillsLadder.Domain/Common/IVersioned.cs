namespace SkillsLadder.Domain.Common;

/// <summary>
/// An app-managed optimistic concurrency token, the same on every database provider
/// (no rowversion/xmin): the data layer increments it on every update of the row.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
