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
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second) =>
        TryFindMapping(first, second, out _);

    /// <summary>Finds a bijection from the blank nodes of <paramref name="first"/> to those of <paramref name="second"/>.</summary>
    public static bool TryFindMapping(IEnumerable<Quad> first, IEnumerable<Quad> second,
        out IReadOnlyDictionary<INode, INode> blankNodeMapping)
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

        var side1 = new Side(na);
        var side2 = new Side(nb);
        if (side1.Blanks.Count != side2.Blanks.Count) return false;
        var termHashes = new Dictionary<INode, ulong>();
        var c1 = side1.Blanks.ToDictionary(n => n, _ => 1UL);
        var c2 = side2.Blanks.ToDictionary(n => n, _ => 1UL);
        var target = new HashSet<Quad>(nb);
        var result = Search(side1, side2, c1, c2, termHashes, target);
        if (result is null) return false;
        blankNodeMapping = result;
        return true;
    }

    /// <summary>
    /// Null when the two datasets are isomorphic; otherwise a short, deterministic explanation of
    /// the first differences, for test failure messages.
    /// </summary>
    public static string? ExplainDifference(IEnumerable<Quad> expected, IEnumerable<Quad> actual, int maxLines = 10)
    {
        var e = new HashSet<Quad>(expected);
        var a = new HashSet<Quad>(actual);
        if (TryFindMapping(e, a, out _)) return null;
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

    /// <summary>The quads with blank nodes of one dataset, indexed by the blank nodes they mention.</summary>
    private sealed class Side
    {
        public Side(List<Quad> quads)
        {
            Quads = quads;
            for (int i = 0; i < quads.Count; i++)
            {
                foreach (var n in Terms(quads[i]))
                {
                    if (n is not IBlankNode) continue;
                    if (!Occurrences.TryGetValue(n, out var list))
                    {
                        Occurrences[n] = list = new List<int>();
                        Blanks.Add(n);
                    }
                    // A blank node twice in one quad still counts that quad once.
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            }
            Blanks.Sort(NodeComparer.Instance);
        }

        public List<Quad> Quads { get; }

        public List<INode> Blanks { get; } = new();

        public Dictionary<INode, List<int>> Occurrences { get; } = new();
    }

    private static IEnumerable<INode> Terms(Quad q)
    {
        yield return q.Subject;
        yield return q.Predicate;
        yield return q.Object;
        if (q.Graph is not null) yield return q.Graph;
    }

    private static Dictionary<INode, INode>? Search(Side s1, Side s2, Dictionary<INode, ulong> c1, Dictionary<INode, ulong> c2,
        Dictionary<INode, ulong> termHashes, HashSet<Quad> target)
    {
        if (!Refine(s1, s2, c1, c2, termHashes)) return null;

        // Pick the smallest tied colour class (ties broken by colour value, for determinism).
        ulong chosen = 0;
        int chosenSize = int.MaxValue;
        foreach (var g in c1.Values.GroupBy(v => v))
        {
            int n = g.Count();
            if (n > 1 && (n < chosenSize || n == chosenSize && g.Key < chosen))
            {
                chosen = g.Key;
                chosenSize = n;
            }
        }
        if (chosenSize == int.MaxValue)
        {
            var byColour = c2.ToDictionary(kv => kv.Value, kv => kv.Key);
            var mapping = new Dictionary<INode, INode>();
            foreach (var (node, colour) in c1) mapping[node] = byColour[colour];
            foreach (var q in s1.Quads)
            {
                var mapped = new Quad(Map(q.Subject, mapping), Map(q.Predicate, mapping), Map(q.Object, mapping),
                    q.Graph is null ? null : Map(q.Graph, mapping));
                if (!target.Contains(mapped)) return null;
            }
            return mapping;
        }
        var pick = s1.Blanks.First(n => c1[n] == chosen);
        ulong individual = Mix(chosen ^ 0x9E3779B97F4A7C15UL);
        foreach (var candidate in s2.Blanks.Where(n => c2[n] == chosen))
        {
            var n1 = new Dictionary<INode, ulong>(c1) { [pick] = individual };
            var n2 = new Dictionary<INode, ulong>(c2) { [candidate] = individual };
            var found = Search(s1, s2, n1, n2, termHashes, target);
            if (found is not null) return found;
        }
        return null;
    }

    private static INode Map(INode n, Dictionary<INode, INode> mapping) => n is IBlankNode ? mapping[n] : n;

    /// <summary>Refines both colourings in lock step until stable; false as soon as their colour counts differ.</summary>
    private static bool Refine(Side s1, Side s2, Dictionary<INode, ulong> c1, Dictionary<INode, ulong> c2,
        Dictionary<INode, ulong> termHashes)
    {
        int classes = -1;
        while (true)
        {
            if (!SameHistogram(c1, c2, out int count)) return false;
            if (count == classes || count == c1.Count) return true;
            classes = count;
            var next1 = Step(s1, c1, termHashes);
            var next2 = Step(s2, c2, termHashes);
            foreach (var (k, v) in next1) c1[k] = v;
            foreach (var (k, v) in next2) c2[k] = v;
        }
    }

    private static bool SameHistogram(Dictionary<INode, ulong> c1, Dictionary<INode, ulong> c2, out int classes)
    {
        var h = new Dictionary<ulong, int>();
        foreach (var v in c1.Values) h[v] = h.GetValueOrDefault(v) + 1;
        classes = h.Count;
        foreach (var v in c2.Values)
        {
            if (!h.TryGetValue(v, out int n) || n == 0) return false;
            h[v] = n - 1;
        }
        return true;
    }

    private static Dictionary<INode, ulong> Step(Side side, Dictionary<INode, ulong> colours, Dictionary<INode, ulong> termHashes)
    {
        var next = new Dictionary<INode, ulong>(colours.Count);
        foreach (var node in side.Blanks)
        {
            // The multiset of the node's quads, each hashed with this node marked as "self";
            // summing mixed hashes makes the result independent of quad order.
            ulong sum = 0;
            foreach (int qi in side.Occurrences[node])
            {
                var q = side.Quads[qi];
                ulong h = 0xCBF29CE484222325UL;
                h = Combine(h, TermColour(q.Subject, node, colours, termHashes));
                h = Combine(h, TermColour(q.Predicate, node, colours, termHashes));
                h = Combine(h, TermColour(q.Object, node, colours, termHashes));
                h = Combine(h, q.Graph is null ? 0x51ED27UL : TermColour(q.Graph, node, colours, termHashes));
                sum += Mix(h);
            }
            next[node] = Mix(Combine(colours[node], sum));
        }
        return next;
    }

    private static ulong TermColour(INode n, INode self, Dictionary<INode, ulong> colours, Dictionary<INode, ulong> termHashes)
    {
        if (n is IBlankNode) return ReferenceEquals(n, self) || n.Equals(self) ? 0x5E1FUL : Mix(colours[n] + 0xB1A4UL);
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
