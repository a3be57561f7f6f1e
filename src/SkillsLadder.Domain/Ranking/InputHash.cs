using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// A fingerprint of a ranking input in a canonical order (entrants by id, the scheme in its order, each aspect's values
/// sorted, as <see cref="MarkTable"/> keeps them), so the same marks read in any order give the same hash, and a run
/// that finds the latest snapshot's hash writes nothing new. The marks go in as integers, not text: two million of them.
/// </summary>
public static class InputHash
{
    public static string Of(RankingInput input, SnapshotBasis basis)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new StringBuilder();
        head.Append(basis).Append('|').Append(input.Rules).Append('|');
        foreach (var c in input.Components)
        {
            head.Append(CultureInfo.InvariantCulture, $"C{c.Id}:{c.Kind}:{c.WeightPercent}[");
            foreach (var a in c.Aspects) head.Append(CultureInfo.InvariantCulture, $"{a.Id}:{a.Rule};");
            head.Append(']');
        }
        foreach (var l in input.Ladder.OrderBy(l => l.Rank)) head.Append(CultureInfo.InvariantCulture, $"L{l.Rank}:{l.Name};");
        hash.AppendData(Encoding.UTF8.GetBytes(head.ToString()));

        var entrants = input.Entrants;
        var byId = Enumerable.Range(0, entrants.Count).ToArray();
        Array.Sort(byId, (x, y) => entrants[x].EntrantId.CompareTo(entrants[y].EntrantId));
        var buffer = new List<int>(4096);
        foreach (var e in byId)
        {
            var entrant = entrants[e];
            buffer.AddRange([entrant.EntrantId, entrant.Bib, entrant.TimeUsedSeconds ?? int.MinValue, entrant.LevelRank ?? int.MinValue]);
            for (var a = 0; a < input.Marks.Aspects; a++)
            {
                var values = input.Marks.Values(e, a);
                buffer.Add(values.Length);
                buffer.AddRange(values);
            }
            if (buffer.Count < 4000) continue;
            hash.AppendData(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(buffer)));
            buffer.Clear();
        }
        hash.AppendData(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(buffer)));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
