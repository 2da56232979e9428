using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Maps every variable of a query (including blank-node and internal ones, sub-queries and EXISTS patterns) to a
/// slot of the solution row, so that solutions are flat int arrays of term ids.
/// </summary>
public sealed class VariableSlots
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public int Slot(string name)
    {
        if (_slots.TryGetValue(name, out var s)) return s;
        s = _names.Count;
        _names.Add(name);
        _slots.Add(name, s);
        return s;
    }

    public bool TryGetSlot(string name, out int slot) => _slots.TryGetValue(name, out slot);
}
