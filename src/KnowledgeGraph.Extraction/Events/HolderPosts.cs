using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The lowercased role labels of a document's posts, grouped by holder: by the holder's coreference cluster when it has
/// one, else by its mention. <see cref="MeetingText.SameEntity"/> holds between two mentions exactly when they are the
/// same mention or share a cluster, so <see cref="RolesOf"/> gives the roles of the posts whose holder is the same
/// entity as a mention without scanning every post (which, for every attendee of every meeting of a long article, made
/// the meeting extractor's time grow with the cube of the article's length).
/// </summary>
internal sealed class HolderPosts
{
    private readonly Dictionary<int, List<string>> _byCluster = new();
    private readonly Dictionary<int, List<string>> _byMention = new();
    private List<MinisterialPortfolio>? _portfolios;
    private Dictionary<(string Label, string? Country), List<(int Holder, int Start)>>? _titled;

    private HolderPosts()
    {
    }

    /// <summary>Groups the posts of <paramref name="doc"/> (read once; the posts and clusters do not change while meetings are extracted).</summary>
    internal static HolderPosts Of(AnalyzedDocument doc)
    {
        var index = new HolderPosts();
        foreach (var post in doc.Posts)
        {
            string role = FrenchText.Lower(post.RoleLabel);
            int holder = post.HolderMentionIndex;
            Add(index._byMention, holder, role);
            if (doc.Entities[holder].ClusterId is var cluster and >= 0) Add(index._byCluster, cluster, role);
        }
        return index;
    }

    private static void Add(Dictionary<int, List<string>> map, int key, string role)
    {
        // distinct roles: a person named all along a long article holds the same few posts many times over
        if (!map.TryGetValue(key, out var roles)) map[key] = roles = new List<string>();
        if (!roles.Contains(role)) roles.Add(role);
    }

    /// <summary>
    /// A portfolio head word of the document's ministerial posts ("Agriculture" of "ministre de l'Agriculture", "affaires" of
    /// the resolution key "ministre-affaires-etrangeres"), with the posts whose person holder may join a meeting of those
    /// ministers, in post order: a post whose holder's cluster an earlier post of the same portfolio already gave is left out,
    /// as the caller would skip it (see <see cref="AttendeeReferences.AddNamedMinisters"/>).
    /// </summary>
    internal sealed record MinisterialPortfolio(bool Named, string Portfolio, List<(int Post, int Holder, int Cluster)> Holders);

    /// <summary>The ministerial portfolios of the document (built on first use: every "réunion des ministres" of a long article
    /// then reads the few portfolios instead of every post).</summary>
    internal IReadOnlyList<MinisterialPortfolio> MinisterialPortfolios(AnalyzedDocument doc)
    {
        if (_portfolios is not null) return _portfolios;
        var list = new List<MinisterialPortfolio>();
        var byKey = new Dictionary<(bool, string), (MinisterialPortfolio Portfolio, HashSet<int> Clusters)>();
        for (int i = 0; i < doc.Posts.Count; i++)
        {
            var post = doc.Posts[i];
            bool named = post.RoleKey.StartsWith("ministre-", StringComparison.Ordinal);
            // "chef de la diplomatie" resolves as the foreign minister: the portfolio is in the role key
            bool periphrasis = !named && post.ResolutionKey.StartsWith("ministre-", StringComparison.Ordinal);
            if (!named && !periphrasis) continue;
            string? portfolio = named
                ? post.RoleLabel.Split([' ', '\'', '’']).FirstOrDefault(w => w.Length > 2 && char.IsUpper(w[0]))
                : post.ResolutionKey.Split('-').Skip(1).FirstOrDefault(w => w.Length > 3);
            if (portfolio is null) continue;
            var holder = doc.Entities[post.HolderMentionIndex];
            if (holder.Kind != Model.EntityKind.Person) continue;
            if (!byKey.TryGetValue((named, portfolio), out var entry))
            {
                entry = (new MinisterialPortfolio(named, portfolio, new()), new HashSet<int>());
                byKey[(named, portfolio)] = entry;
                list.Add(entry.Portfolio);
            }
            if (holder.ClusterId >= 0 && !entry.Clusters.Add(holder.ClusterId)) continue;
            entry.Portfolio.Holders.Add((i, post.HolderMentionIndex, holder.ClusterId));
        }
        return _portfolios = list;
    }

    /// <summary>The roles of the posts held by mention <paramref name="k"/>'s entity (each once; order is not meaningful).</summary>
    internal IReadOnlyList<string> RolesOf(AnalyzedDocument doc, int k)
    {
        // a clustered mention's own posts are in its cluster's list too
        int cluster = doc.Entities[k].ClusterId;
        var roles = cluster >= 0 ? _byCluster.GetValueOrDefault(cluster) : _byMention.GetValueOrDefault(k);
        return roles ?? (IReadOnlyList<string>)[];
    }
    /// <summary>
    /// The persons the document gave a post stated with that very title (the folded label of the role phrase the post was
    /// read from, and its country), each once with its first such post (the holder mention, and where the post is told):
    /// built on first use, so that a description asked at every object of every trigger of a long article ("avec le
    /// président du conseil départemental") reads the few persons of that title instead of every post.
    /// </summary>
    internal IReadOnlyList<(int Holder, int Start)> PersonsTitled(AnalyzedDocument doc, string foldedLabel, string? country)
    {
        if (_titled is null)
        {
            _titled = new();
            var seen = new HashSet<(string, string?, int)>();
            foreach (var post in doc.Posts)
            {
                int holder = post.HolderMentionIndex;
                if (doc.Entities[holder].Kind != Model.EntityKind.Person || TitleReferences.PhraseOf(doc, post.Span) is not { } stated) continue;
                string label = FrenchText.Fold(stated.Label);
                int entity = doc.Entities[holder].ClusterId is var cluster and >= 0 ? cluster : -1 - holder;
                if (!seen.Add((label, stated.CountryCode, entity))) continue;
                if (!_titled.TryGetValue((label, stated.CountryCode), out var persons)) _titled[(label, stated.CountryCode)] = persons = new();
                // a post is told where it and its holder's mention both stand: the later of the two starts
                persons.Add((holder, Math.Max(post.Span.Start, doc.Entities[holder].Span.Start)));
            }
        }
        return _titled.TryGetValue((foldedLabel, country), out var found) ? found : Array.Empty<(int, int)>();
    }
}
