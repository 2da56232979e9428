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

    /// <summary>The roles of the posts held by mention <paramref name="k"/>'s entity (each once; order is not meaningful).</summary>
    internal IReadOnlyList<string> RolesOf(AnalyzedDocument doc, int k)
    {
        // a clustered mention's own posts are in its cluster's list too
        int cluster = doc.Entities[k].ClusterId;
        var roles = cluster >= 0 ? _byCluster.GetValueOrDefault(cluster) : _byMention.GetValueOrDefault(k);
        return roles ?? (IReadOnlyList<string>)[];
    }
}
