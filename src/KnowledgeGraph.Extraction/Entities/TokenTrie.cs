namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// A trie over folded token strings for longest-match lookup of multi-word names ("Maison Blanche",
/// "Côte d'Ivoire", "secrétaire général"). Built once, then read-only.
/// </summary>
public sealed class TokenTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int MaxDepth { get; private set; }

    public void Add(IReadOnlyList<string> foldedTokens, T value)
    {
        if (foldedTokens.Count == 0) return;
        var node = _root;
        foreach (var t in foldedTokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t, out var next)) node.Children[t] = next = new Node();
            node = next;
        }
        node.Values ??= new List<T>();
        node.Values.Add(value);
        MaxDepth = Math.Max(MaxDepth, foldedTokens.Count);
    }

    /// <summary>True when some entry starts with this folded token (a cheap test before <see cref="LongestMatch"/>).</summary>
    public bool StartsAny(string foldedToken) => _root.Children is not null && _root.Children.ContainsKey(foldedToken);

    /// <summary>
    /// The longest entry starting at <paramref name="start"/>: returns the number of tokens matched (0 if none)
    /// and the entry values. <paramref name="accept"/> can reject a candidate length (e.g. case rules).
    /// </summary>
    public int LongestMatch(IReadOnlyList<string> folded, int start, out IReadOnlyList<T> values, Func<int, T, bool>? accept = null)
    {
        values = Array.Empty<T>();
        var node = _root;
        int best = 0;
        for (int i = start; i < folded.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(folded[i], out var next)) break;
            node = next;
            if (node.Values is not null)
            {
                int len = i - start + 1;
                var ok = accept is null ? node.Values : node.Values.Where(v => accept(len, v)).ToList();
                if (ok.Count > 0) { best = len; values = ok; }
            }
        }
        return best;
    }
}
