using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// A fingerprint of a ranking input in a canonical order (entrants by id, aspects by id, values sorted), so the same
/// marks read in any order give the same hash, and a run that finds the latest snapshot's hash writes nothing new.
/// </summary>
public static class InputHash
{
    public static string Of(RankingInput input, SnapshotBasis basis)
    {
        var text = new StringBuilder();
        text.Append(basis).Append('|').Append(input.Rules).Append('|');
        foreach (var c in input.Components.OrderBy(c => c.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"C{c.Id}:{c.Kind}:{c.WeightPercent}[");
            foreach (var a in c.Aspects.OrderBy(a => a.Id)) text.Append(CultureInfo.InvariantCulture, $"{a.Id}:{a.Rule};");
            text.Append(']');
        }
        foreach (var l in input.Ladder.OrderBy(l => l.Rank)) text.Append(CultureInfo.InvariantCulture, $"L{l.Rank}:{l.Name};");
        foreach (var e in input.Entrants.OrderBy(e => e.EntrantId))
        {
            text.Append(CultureInfo.InvariantCulture, $"E{e.EntrantId}:{e.Bib}:{e.Name}:{e.TimeUsedSeconds}:{e.LevelRank}[");
            foreach (var (aspect, values) in e.Values.OrderBy(v => v.Key))
                text.Append(CultureInfo.InvariantCulture, $"{aspect}=").AppendJoin(',', values.Order().Select(v => v.ToString(CultureInfo.InvariantCulture))).Append(';');
            text.Append(']');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
