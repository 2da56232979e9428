namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Structural equality of solution rows (and of group keys), for DISTINCT, GROUP BY and hash joins.</summary>
public sealed class RowComparer : IEqualityComparer<int[]>
{
    public static readonly RowComparer Instance = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y.AsSpan());

    public int GetHashCode(int[] row)
    {
        var h = new HashCode();
        foreach (var v in row) h.Add(v);
        return h.ToHashCode();
    }
}
