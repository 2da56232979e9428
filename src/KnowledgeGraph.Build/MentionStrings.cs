using System.Collections.Concurrent;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Build;

/// <summary>
/// One string object per distinct value among the strings that repeat across a corpus's mention layers: entity names
/// ("Zofia Balodis" in every article that names her), gazetteer and country keys, rule names, post labels and role
/// keys, speech-verb and trigger lemmas; and the date expressions, which repeat as much. Each document's mentions are
/// made of fresh substrings (or, for an analysis read back by <c>--update</c>, fresh JSON strings); sharing them is most
/// of the mention layers' text. Records compare strings (and date expressions) by value, so nothing downstream
/// changes. Thread-safe: documents are analysed in parallel.
/// </summary>
internal sealed class MentionStrings
{
    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);

    // date expressions repeat even more than names ("mardi", "le 3 mars", "la semaine dernière": a few hundred distinct
    // values per thousand articles, thirteen mentions per article); records, so compared by value like the strings
    private readonly ConcurrentDictionary<Extraction.Dates.DateExpression, Extraction.Dates.DateExpression> _dates = new();

    private string Share(string s) => s.Length == 0 ? "" : _pool.GetOrAdd(s, s);

    private string? ShareOrNull(string? s) => s is null ? null : Share(s);

    /// <summary>Replaces the document's mention strings by the shared ones (the mentions themselves are immutable records).</summary>
    public void Share(AnalyzedDocument doc)
    {
        var entities = doc.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            var m = entities[i];
            entities[i] = m with
            {
                Text = Share(m.Text),
                GazetteerKey = ShareOrNull(m.GazetteerKey),
                CountryKey = ShareOrNull(m.CountryKey),
                Source = Share(m.Source),
                RoleKey = ShareOrNull(m.RoleKey),
            };
        }
        var posts = doc.Posts;
        for (int i = 0; i < posts.Count; i++)
        {
            var p = posts[i];
            posts[i] = p with
            {
                RoleLabel = Share(p.RoleLabel),
                RoleKey = Share(p.RoleKey),
                OrganizationKey = ShareOrNull(p.OrganizationKey),
                Label = Share(p.Label),
                ResolutionKey = Share(p.ResolutionKey),
                CountryKey = ShareOrNull(p.CountryKey),
                MergeKey = Share(p.MergeKey),
            };
        }
        var relations = doc.Relations;
        for (int i = 0; i < relations.Count; i++)
            relations[i] = relations[i] with { RelationKey = Share(relations[i].RelationKey), RelationLabel = Share(relations[i].RelationLabel) };
        var dates = doc.Dates;
        for (int i = 0; i < dates.Count; i++)
            dates[i] = dates[i] with { Expression = _dates.GetOrAdd(dates[i].Expression, dates[i].Expression) };
        var meetings = doc.Meetings;
        for (int i = 0; i < meetings.Count; i++)
        {
            var m = meetings[i];
            // the attendee indexes as an array of their own size (a list with its slack is twice that); one array per
            // mention as before (not shared), so no two mentions' lists become the same object
            meetings[i] = m with
            {
                TriggerLemma = Share(m.TriggerLemma),
                Duration = ShareOrNull(m.Duration),
                AttendeeMentionIndexes = m.AttendeeMentionIndexes as int[] ?? m.AttendeeMentionIndexes.ToArray(),
            };
        }
        var claims = doc.Claims;
        for (int i = 0; i < claims.Count; i++)
            if (claims[i].SpeechVerb is { } verb) claims[i] = claims[i] with { SpeechVerb = Share(verb) };
    }
}
