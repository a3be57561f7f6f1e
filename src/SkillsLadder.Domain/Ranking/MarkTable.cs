namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// The judges' values of one ranking run in hundredths, in flat arrays: entrant <c>e</c> (its index in
/// <see cref="RankingInput.Entrants"/>) and aspect <c>a</c> (its index in the scheme's order, see
/// <see cref="RankingInput.AspectOrder"/>) hold <see cref="Values"/>, always in ascending order. Two million marks as two
/// arrays rather than half a million lists: reading and aggregating them is most of what a big competition costs.
/// </summary>
public sealed class MarkTable
{
    private readonly int[] _counts;
    private int[] _values;
    private int _capacity;

    /// <param name="capacity">Values expected per entrant and aspect (the judges); the table grows past it when needed.</param>
    public MarkTable(int entrants, int aspects, int capacity = 5)
    {
        (Entrants, Aspects, _capacity) = (entrants, aspects, Math.Max(1, capacity));
        _counts = new int[entrants * aspects];
        _values = new int[_counts.Length * _capacity];
    }

    public int Entrants { get; }
    public int Aspects { get; }

    /// <summary>Adds one judge's value, keeping the slot sorted, so the order marks are read in never matters.</summary>
    public void Add(int entrant, int aspect, int hundredths)
    {
        var slot = entrant * Aspects + aspect;
        var count = _counts[slot];
        if (count == _capacity) Grow();
        var start = slot * _capacity;
        var i = start + count;
        for (; i > start && _values[i - 1] > hundredths; i--) _values[i] = _values[i - 1];
        _values[i] = hundredths;
        _counts[slot] = count + 1;
    }

    public ReadOnlySpan<int> Values(int entrant, int aspect)
    {
        var slot = entrant * Aspects + aspect;
        return _values.AsSpan(slot * _capacity, _counts[slot]);
    }

    private void Grow()
    {
        var capacity = _capacity * 2;
        var values = new int[_counts.Length * capacity];
        for (var slot = 0; slot < _counts.Length; slot++)
            Array.Copy(_values, slot * _capacity, values, slot * capacity, _counts[slot]);
        (_values, _capacity) = (values, capacity);
    }
}
