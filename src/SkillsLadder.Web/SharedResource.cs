namespace SkillsLadder.Web;

/// <summary>
/// Marker for the shared string table. Keys are the Chinese texts themselves (zh-CN is the default and needs no
/// table); Resources/SharedResource.en.resx gives the English. A missing key falls back to the Chinese.
/// </summary>
public sealed class SharedResource;
