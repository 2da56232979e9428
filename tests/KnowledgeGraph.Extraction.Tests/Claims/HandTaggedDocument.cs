using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>A name to tag in a test text: every word-bounded occurrence becomes a mention of <paramref name="Cluster"/>.</summary>
public sealed record Tag(string Surface, EntityKind Kind, string Cluster, MentionForm Form = MentionForm.Name, EntitySubtype Subtype = EntitySubtype.None);

/// <summary>
/// Builds an analyzed document whose entity layer is given by hand, so the meeting and claim rules are
/// tested on their own, independently of the entity recognizer's recall. Tokens, sentences, non-content
/// spans and dates come from the real pipeline components.
/// </summary>
public static class HandTaggedDocument
{
    public static AnalyzedDocument Build(ExtractionResources resources, string text, PartialDate? date, params Tag[] tags) => Build(resources, "t1", text, date, 0, tags);

    public static AnalyzedDocument Build(ExtractionResources resources, string id, string text, PartialDate? date, int index, params Tag[] tags)
    {
        var doc = new AnalyzedDocument(new Article(id, text, id + ".txt", Date: date), index);
        new TokenizerComponent().Process(doc, CancellationToken.None);
        new NonContentMarker().Process(doc, CancellationToken.None);
        new DateRecognizer(resources).Process(doc, CancellationToken.None);
        var clusters = tags.Select(t => t.Cluster).Distinct().ToList();
        var mentions = new List<EntityMention>();
        // longest surfaces first so "Anna Berg" wins over "Berg" at the same place
        foreach (var tag in tags.OrderByDescending(t => t.Surface.Length))
        {
            int i = 0;
            while ((i = text.IndexOf(tag.Surface, i, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(i, i + tag.Surface.Length);
                bool bounded = (i == 0 || !char.IsLetter(text[i - 1])) && (span.End >= text.Length || !char.IsLetter(text[span.End]));
                if (bounded && !mentions.Any(m => m.Span.Overlaps(span)))
                    mentions.Add(new EntityMention(span, tag.Surface, tag.Kind, tag.Subtype, tag.Form, clusters.IndexOf(tag.Cluster), Source: "test"));
                i = span.End;
            }
        }
        doc.Entities.AddRange(mentions.OrderBy(m => m.Span.Start));
        return doc;
    }

    /// <summary>Resolves every mention of a hand-tagged document to its cluster name as entity key.</summary>
    public static void RegisterKeys(CorpusContext corpus, int docIndex, params Tag[] tags)
    {
        var clusters = tags.Select(t => t.Cluster).Distinct().ToList();
        var doc = corpus.Documents[docIndex];
        for (int k = 0; k < doc.Entities.Count; k++)
            corpus.SetEntityKey(docIndex, k, clusters[doc.Entities[k].ClusterId]);
    }

    public static string? SpeakerCluster(AnalyzedDocument doc, ClaimMention claim, params Tag[] tags)
    {
        if (claim.SpeakerMentionIndex is not { } k) return null;
        var clusters = tags.Select(t => t.Cluster).Distinct().ToList();
        return clusters[doc.Entities[k].ClusterId];
    }
}
