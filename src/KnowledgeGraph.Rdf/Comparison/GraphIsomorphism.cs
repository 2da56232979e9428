using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Exact isomorphism of two datasets (quad collections, duplicates ignored) whose blank nodes
/// may be labelled differently; blank nodes may also name graphs. Blank nodes are coloured by
/// iterated neighbourhood hashing; when colours tie, one node is individualised against each
/// candidate in turn (backtracking), and every complete mapping is verified quad by quad, so
/// hash collisions can cost time but never give a wrong answer.
/// </summary>
public static class GraphIsomorphism
{
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second, CancellationToken cancellationToken = default) =>
        TryFindMapping(first, second, out _, cancellationToken);

    /// <summary>Finds a bijection from the blank nodes of <paramref name="first"/> to those of <paramref name="second"/>.</summary>
    public static bool TryFindMapping(IEnumerable<Quad> first, IEnumerable<Quad> second,
        out IReadOnlyDictionary<INode, INode> blankNodeMapping, CancellationToken cancellationToken = default)
    {
        blankNodeMapping = new Dictionary<INode, INode>();
        var a = new HashSet<Quad>(first);
        var b = new HashSet<Quad>(second);
        if (a.Count != b.Count) return false;
        var na = new List<Quad>();
        foreach (var q in a)
        {
            if (HasBlank(q)) na.Add(q);
            else if (!b.Contains(q)) return false;
        }
        var nb = new List<Quad>();
        foreach (var q in b)
            if (HasBlank(q)) nb.Add(q);
        if (na.Count != nb.Count) return false;
        if (na.Count == 0) return true;

        var termHashes = new Dictionary<INode, ulong>();
        var side1 = new Side(na, termHashes);
        var side2 = new Side(nb, termHashes);
        if (side1.Blanks.Count != side2.Blanks.Count) return false;
        var c1 = new ulong[side1.Blanks.Count];
        var c2 = new ulong[side2.Blanks.Count];
        Array.Fill(c1, 1UL);
        Array.Fill(c2, 1UL);
        var target = new HashSet<Quad>(nb);
        var result = Search(side1, side2, c1, c2, target, firstLevel: true, cancellationToken);
        if (result is null) return false;
        blankNodeMapping = result;
        return true;
    }

    /// <summary>
    /// Null when the two datasets are isomorphic; otherwise a short, deterministic explanation of
    /// the first differences, for test failure messages.
    /// </summary>
    public static string? ExplainDifference(IEnumerable<Quad> expected, IEnumerable<Quad> actual, int maxLines = 10,
        CancellationToken cancellationToken = default)
    {
        var e = new HashSet<Quad>(expected);
        var a = new HashSet<Quad>(actual);
        if (TryFindMapping(e, a, out _, cancellationToken)) return null;
        var sb = new StringBuilder();
        sb.Append("expected ").Append(e.Count).Append(" quads, actual ").Append(a.Count).Append('\n');
        var missing = e.Where(q => !HasBlank(q) && !a.Contains(q)).ToList();
        var extra = a.Where(q => !HasBlank(q) && !e.Contains(q)).ToList();
        AppendSample(sb, "missing (expected, not in actual)", missing, maxLines);
        AppendSample(sb, "unexpected (in actual, not expected)", extra, maxLines);
        if (missing.Count == 0 && extra.Count == 0)
        {
            sb.Append("the quads without blank nodes agree; the blank node structure differs\n");
            AppendSample(sb, "expected quads with blank nodes", e.Where(HasBlank).ToList(), maxLines);
            AppendSample(sb, "actual quads with blank nodes", a.Where(HasBlank).ToList(), maxLines);
        }
        return sb.ToString();
    }

    private static void AppendSample(StringBuilder sb, string title, List<Quad> quads, int max)
    {
        if (quads.Count == 0) return;
        quads.Sort(NodeComparer.Instance);
        sb.Append(title).Append(": ").Append(quads.Count).Append('\n');
        foreach (var q in quads.Take(max)) sb.Append("  ").Append(q.ToString()).Append('\n');
        if (quads.Count > max) sb.Append("  ...\n");
    }

    private static bool IsBlank(INode? n) => n is IBlankNode;

    private static bool HasBlank(Quad q) => IsBlank(q.Subject) || IsBlank(q.Predicate) || IsBlank(q.Object) || IsBlank(q.Graph);

    /// <summary>
    /// The quads with blank nodes of one dataset, as integer arrays: each quad is four slots holding
    /// either a ground term's hash (Ground) or a blank node's index (Blank &gt;= 0).
    /// </summary>
    private sealed class Side
    {
        public Side(List<Quad> quads, Dictionary<INode, ulong> termHashes)
        {
            Quads = quads;
            var index = new Dictionary<INode, int>();
            var blanks = new List<INode>();
            foreach (var q in quads)
                foreach (var n in Terms(q))
                    if (n is IBlankNode && !index.ContainsKey(n))
                    {
                        index[n] = blanks.Count;
                        blanks.Add(n);
                    }
            Blanks = blanks;
            Blank = new int[quads.Count * 4];
            Ground = new ulong[quads.Count * 4];
            var occurrences = new List<int>[blanks.Count];
            for (int i = 0; i < occurrences.Length; i++) occurrences[i] = new List<int>();
            for (int i = 0; i < quads.Count; i++)
            {
                var q = quads[i];
                Slot(i * 4, q.Subject);
                Slot(i * 4 + 1, q.Predicate);
                Slot(i * 4 + 2, q.Object);
                Slot(i * 4 + 3, q.Graph);
                for (int k = 0; k < 4; k++)
                {
                    int b = Blank[i * 4 + k];
                    // A blank node twice in one quad still counts that quad once.
                    if (b >= 0 && (occurrences[b].Count == 0 || occurrences[b][^1] != i)) occurrences[b].Add(i);
                }
            }
            Occurrences = occurrences.Select(l => l.ToArray()).ToArray();

            void Slot(int at, INode? n)
            {
                if (n is IBlankNode) Blank[at] = index[n];
                else
                {
                    Blank[at] = -1;
                    Ground[at] = n is null ? 0x51ED27UL : TermHash(n, termHashes);
                }
            }
        }

        public List<Quad> Quads { get; }

        public List<INode> Blanks { get; }

        public int[] Blank { get; }

        public ulong[] Ground { get; }

        /// <summary>For each blank node, the indexes of the quads that mention it.</summary>
        public int[][] Occurrences { get; }
    }

    private static IEnumerable<INode?> Terms(Quad q)
    {
        yield return q.Subject;
        yield return q.Predicate;
        yield return q.Object;
        yield return q.Graph;
    }

    private static Dictionary<INode, INode>? Search(Side s1, Side s2, ulong[] c1, ulong[] c2, HashSet<Quad> target, bool firstLevel,
        CancellationToken cancellationToken)
    {
        if (!Refine(s1, s2, c1, c2, cancellationToken)) return null;

        // Pick the smallest tied colour class (ties broken by colour value, for determinism).
        var sizes = new Dictionary<ulong, int>();
        foreach (var v in c1) sizes[v] = sizes.GetValueOrDefault(v) + 1;
        ulong chosen = 0;
        int chosenSize = int.MaxValue;
        foreach (var (colour, n) in sizes)
        {
            if (n > 1 && (n < chosenSize || n == chosenSize && colour < chosen))
            {
                chosen = colour;
                chosenSize = n;
            }
        }
        if (chosenSize == int.MaxValue) return Verify(s1, s2, c1, c2, target);

        // Tied nodes are most often interchangeable (structurally identical, unconnected blank nodes):
        // pairing each tied class in order is then already an isomorphism, found without search.
        if (firstLevel)
        {
            var greedy = Verify(s1, s2, c1, c2, target);
            if (greedy is not null) return greedy;
        }
        int pick = Array.IndexOf(c1, chosen);
        ulong individual = Mix(chosen ^ 0x9E3779B97F4A7C15UL);
        for (int candidate = 0; candidate < c2.Length; candidate++)
        {
            if (c2[candidate] != chosen) continue;
            var n1 = (ulong[])c1.Clone();
            var n2 = (ulong[])c2.Clone();
            n1[pick] = individual;
            n2[candidate] = individual;
            var found = Search(s1, s2, n1, n2, target, firstLevel: false, cancellationToken);
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>
    /// Pairs the nodes of each colour class in index order and checks the result maps every quad
    /// onto the other dataset; null when it does not.
    /// </summary>
    private static Dictionary<INode, INode>? Verify(Side s1, Side s2, ulong[] c1, ulong[] c2, HashSet<Quad> target)
    {
        var byColour = new Dictionary<ulong, Queue<INode>>();
        for (int i = 0; i < c2.Length; i++)
        {
            if (!byColour.TryGetValue(c2[i], out var queue)) byColour[c2[i]] = queue = new Queue<INode>();
            queue.Enqueue(s2.Blanks[i]);
        }
        var mapping = new Dictionary<INode, INode>();
        for (int i = 0; i < c1.Length; i++) mapping[s1.Blanks[i]] = byColour[c1[i]].Dequeue();
        foreach (var q in s1.Quads)
        {
            var mapped = new Quad(Map(q.Subject, mapping), Map(q.Predicate, mapping), Map(q.Object, mapping),
                q.Graph is null ? null : Map(q.Graph, mapping));
            if (!target.Contains(mapped)) return null;
        }
        return mapping;
    }

    private static INode Map(INode n, Dictionary<INode, INode> mapping) => n is IBlankNode ? mapping[n] : n;

    /// <summary>Refines both colourings in lock step until stable; false as soon as their colour histograms differ.</summary>
    private static bool Refine(Side s1, Side s2, ulong[] c1, ulong[] c2, CancellationToken cancellationToken)
    {
        int classes = -1;
        var scratch1 = new ulong[c1.Length];
        var scratch2 = new ulong[c2.Length];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SameHistogram(c1, c2, out int count)) return false;
            if (count == classes || count == c1.Length) return true;
            classes = count;
            Step(s1, c1, scratch1);
            Step(s2, c2, scratch2);
            scratch1.CopyTo(c1, 0);
            scratch2.CopyTo(c2, 0);
        }
    }

    private static bool SameHistogram(ulong[] c1, ulong[] c2, out int classes)
    {
        var h = new Dictionary<ulong, int>(c1.Length);
        foreach (var v in c1) h[v] = h.GetValueOrDefault(v) + 1;
        classes = h.Count;
        foreach (var v in c2)
        {
            if (!h.TryGetValue(v, out int n) || n == 0) return false;
            h[v] = n - 1;
        }
        return true;
    }

    private static void Step(Side side, ulong[] colours, ulong[] next)
    {
        for (int node = 0; node < colours.Length; node++)
        {
            // The multiset of the node's quads, each hashed with this node marked as "self";
            // summing mixed hashes makes the result independent of quad order.
            ulong sum = 0;
            foreach (int qi in side.Occurrences[node])
            {
                ulong h = 0xCBF29CE484222325UL;
                for (int k = qi * 4; k < qi * 4 + 4; k++)
                {
                    int b = side.Blank[k];
                    ulong v = b < 0 ? side.Ground[k] : b == node ? 0x5E1FUL : Mix(colours[b] + 0xB1A4UL);
                    h = Combine(h, v);
                }
                sum += Mix(h);
            }
            next[node] = Mix(Combine(colours[node], sum));
        }
    }

    private static ulong TermHash(INode n, Dictionary<INode, ulong> termHashes)
    {
        if (!termHashes.TryGetValue(n, out var h))
        {
            h = 0xCBF29CE484222325UL;
            foreach (char ch in n.ToNTriples())
            {
                h ^= ch;
                h *= 0x100000001B3UL;
            }
            termHashes[n] = h = Mix(h);
        }
        return h;
    }

    private static ulong Combine(ulong h, ulong v) => Mix(h ^ (v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2)));

    // SplitMix64 finaliser: deterministic across runs, unlike string.GetHashCode.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
