using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One document's posts as <see cref="CounterpartReferences"/> reads them, indexed once per document (built on the first
/// "son homologue" phrase that reaches the posts): the distinct kinds of post (role key, resolution key, role label), the
/// kinds and countries held by each holder mention and each coreference cluster, and the posts a counterpart can be read
/// from, by kind and country. Each phrase then looks its candidates up instead of folding names and reading the role phrase
/// of every post of the article (which made a long article's extraction time grow with the square of its length).
/// </summary>
internal sealed class CounterpartPosts
{
    /// <summary>A kind of post: what <see cref="CounterpartReferences"/> compares of two posts, with the label's content words.</summary>
    internal sealed record Kind(string RoleKey, string ResolutionKey, string RoleLabel, List<string> Words);

    /// <summary>
    /// The first post (in post order) of a kind and a country whose person holder, named, is in cluster
    /// <paramref name="Cluster"/> (-1: none) under the folded name <paramref name="Name"/>: a later post with the same four
    /// passes and fails every test of a counterpart alike, and its holder is then always the same entity or name as one
    /// found before, so only the first one can be taken.
    /// </summary>
    internal sealed record Candidate(int Post, int Holder, int Cluster, string Name);

    /// <summary>What the posts of one holder (a mention, or a cluster) say: their kinds and their countries ("" for none).</summary>
    internal sealed class Holding
    {
        internal HashSet<int> Kinds { get; } = new();
        internal HashSet<string> Countries { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The key of a post without a country among the candidate lists and holdings.</summary>
    internal const string NoCountry = "";

    private readonly AnalyzedDocument _doc;
    private bool _built;
    private readonly List<Kind> _kinds = new();
    private readonly Dictionary<string, List<int>> _kindsByRoleKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _kindsByResolutionKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _kindsByHead = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Holding> _byMention = new();
    private readonly Dictionary<int, Holding> _byCluster = new();
    private readonly Dictionary<int, Dictionary<string, List<Candidate>>> _candidates = new();
    private readonly Dictionary<int, List<int>> _matching = new();
    private readonly Dictionary<int, string> _names = new();

    internal CounterpartPosts(AnalyzedDocument doc)
    {
        _doc = doc;
    }

    /// <summary>The posts of the mention <paramref name="mention"/>'s holder itself, or null.</summary>
    internal Holding? OfMention(int mention)
    {
        Build();
        return _byMention.GetValueOrDefault(mention);
    }

    /// <summary>The posts whose holder is in cluster <paramref name="cluster"/>, or null.</summary>
    internal Holding? OfCluster(int cluster)
    {
        Build();
        return _byCluster.GetValueOrDefault(cluster);
    }

    /// <summary>The posts of the same entity as mention <paramref name="mention"/> (see <see cref="MeetingText.SameEntity"/>).</summary>
    internal Holding? OfEntity(int mention) =>
        _doc.Entities[mention].ClusterId is var cluster and >= 0 ? OfCluster(cluster) : OfMention(mention);

    internal Kind KindAt(int kind) => _kinds[kind];

    /// <summary>The kinds of post that are the same post as kind <paramref name="kind"/> (<see cref="CounterpartReferences.SamePost"/>).</summary>
    internal List<int> Matching(int kind)
    {
        Build();
        if (_matching.TryGetValue(kind, out var known)) return known;
        var a = _kinds[kind];
        var set = new HashSet<int>();
        if (_kindsByRoleKey.TryGetValue(a.RoleKey, out var byRole)) set.UnionWith(byRole);
        if (_kindsByResolutionKey.TryGetValue(a.ResolutionKey, out var byResolution)) set.UnionWith(byResolution);
        if (a.Words.Count >= 2 && _kindsByHead.TryGetValue(a.Words[0], out var byHead))
            foreach (int k in byHead)
                if (CounterpartReferences.SamePost(a, _kinds[k])) set.Add(k);
        var list = set.ToList();
        list.Sort();
        _matching[kind] = list;
        return list;
    }

    /// <summary>The candidates of kind <paramref name="kind"/> by country (<see cref="NoCountry"/> for none), or null.</summary>
    internal Dictionary<string, List<Candidate>>? CandidatesOf(int kind)
    {
        Build();
        return _candidates.GetValueOrDefault(kind);
    }

    /// <summary>The folded name of mention <paramref name="mention"/>, as <see cref="CounterpartReferences"/> compares names.</summary>
    internal string NameOf(int mention)
    {
        if (!_names.TryGetValue(mention, out var name))
            _names[mention] = name = FrenchText.Fold(_doc.Entities[mention].Span.Of(_doc.Text));
        return name;
    }

    private void Build()
    {
        if (_built) return;
        _built = true;
        var doc = _doc;
        var kindIds = new Dictionary<(string, string, string), int>();
        var seen = new HashSet<(int Kind, string Country, int Cluster, string Name)>();
        for (int i = 0; i < doc.Posts.Count; i++)
        {
            var post = doc.Posts[i];
            if (!kindIds.TryGetValue((post.RoleKey, post.ResolutionKey, post.RoleLabel), out int kind))
            {
                kind = _kinds.Count;
                kindIds[(post.RoleKey, post.ResolutionKey, post.RoleLabel)] = kind;
                var words = CounterpartReferences.ContentWords(post.RoleLabel);
                _kinds.Add(new Kind(post.RoleKey, post.ResolutionKey, post.RoleLabel, words));
                Add(_kindsByRoleKey, post.RoleKey, kind);
                Add(_kindsByResolutionKey, post.ResolutionKey, kind);
                if (words.Count >= 2) Add(_kindsByHead, words[0], kind);
            }
            string country = TitleReferences.PhraseOf(doc, post.Span)?.CountryCode ?? NoCountry;
            int holder = post.HolderMentionIndex;
            var entity = doc.Entities[holder];
            Hold(_byMention, holder, kind, country);
            if (entity.ClusterId >= 0) Hold(_byCluster, entity.ClusterId, kind, country);
            if (entity.Kind != EntityKind.Person || entity.Form != MentionForm.Name) continue;
            int cluster = entity.ClusterId >= 0 ? entity.ClusterId : -1;
            string name = NameOf(holder);
            if (!seen.Add((kind, country, cluster, name))) continue;
            if (!_candidates.TryGetValue(kind, out var byCountry)) _candidates[kind] = byCountry = new(StringComparer.Ordinal);
            if (!byCountry.TryGetValue(country, out var list)) byCountry[country] = list = new();
            list.Add(new Candidate(i, holder, cluster, name));
        }
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int kind)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new();
        list.Add(kind);
    }

    private static void Hold(Dictionary<int, Holding> map, int key, int kind, string country)
    {
        if (!map.TryGetValue(key, out var holding)) map[key] = holding = new();
        holding.Kinds.Add(kind);
        holding.Countries.Add(country);
    }
}
