using System.Runtime;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Build;

/// <summary>
/// What a build keeps between its stages, made smaller once a stage no longer needs all of it: memory is bounded by
/// what the next stages read, not by what was read. Each step leaves the graph written byte for byte as before.
/// </summary>
internal static class BuildMemory
{
    /// <summary>
    /// A full, compacting collection, called where a stage has just dropped most of what it held (the documents after
    /// extraction, the raw result after key stabilization): the next stage then starts from the live data instead of
    /// growing the heap on top of the garbage, which is what sets the peak resident memory.
    /// </summary>
    public static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>
    /// The articles without their text, once their own statements (with schema:articleBody) are mapped: the mapping
    /// still reads an article's language, metadata and, for each evidence span, how UTF-16 offsets become code points
    /// in the published text. That needs the text only when it has surrogate pairs or was changed by Unicode
    /// normalization (<see cref="Article.SourceOffsets"/>); such an article keeps it, every other one gets an empty text,
    /// for which the mapping's offsets are the UTF-16 offsets themselves, as they are in a text without surrogates.
    /// </summary>
    public static IReadOnlyList<Article> WithoutText(IReadOnlyList<Article> articles)
    {
        var list = new List<Article>(articles.Count);
        foreach (var a in articles)
            list.Add(a.SourceOffsets is null && a.SourceText is null && a.Text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0
                ? a with { Text = "" }
                : a);
        return list;
    }

    /// <summary>
    /// The result as the mapping reads it: an entity's mentions only say which articles mention it
    /// (<c>schema:mentions</c>, <c>prov:wasDerivedFrom</c>), so one mention per article is kept (the first), instead of
    /// every mention with its text. Called after key stabilization, which reads every name mention.
    /// </summary>
    public static ExtractionResult Compact(ExtractionResult r)
    {
        var entities = new List<Entity>(r.Entities.Count);
        foreach (var e in r.Entities)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var first = new List<Mention>();
            foreach (var m in e.Mentions)
                if (seen.Add(m.ArticleId)) first.Add(m);
            entities.Add(first.Count == e.Mentions.Count ? e : e with { Mentions = first });
        }
        return r with { Entities = entities };
    }
}
