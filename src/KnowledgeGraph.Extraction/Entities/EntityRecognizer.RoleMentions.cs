using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Role phrases with no named holder next to them become Role mentions ("le président russe").
public sealed partial class EntityRecognizer
{
    // indexes of the mentions inside each phrase's complement (after the role word)
    private static void SetComplements(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < doc.RolePhrases.Count; i++)
        {
            var rp = doc.RolePhrases[i];
            var complement = new TextSpan(tokens[rp.HeadToken].End, tokens[rp.EndToken - 1].End);
            var idx = doc.EntityIndexesWithin(complement).Where(m => doc.Entities[m].Span != rp.Span).ToList();
            doc.RolePhrases[i] = rp with { ComplementMentionIndexes = idx };
        }
    }

    private void AddRoleMentions(AnalyzedDocument doc)
    {
        var additions = new List<EntityMention>();
        var tokens = doc.Tokens;
        var f = doc.Folded;
        var nestedSet = new HashSet<int>();
        foreach (var o in doc.RolePhrases) if (o.NestedRoleIndex is { } ni) nestedSet.Add(ni);
        var nameStarts = new HashSet<int>();
        var nameEnds = new HashSet<int>();
        foreach (var e in doc.Entities)
        {
            if (e.Kind != EntityKind.Person || e.Form != MentionForm.Name) continue;
            nameStarts.Add(e.Span.Start);
            nameEnds.Add(e.Span.End);
        }
        for (int i = 0; i < doc.RolePhrases.Count; i++)
        {
            var rp = doc.RolePhrases[i];
            if (rp.IsPlural || rp.Determiner is null or "un" or "une") continue;
            bool isNested = nestedSet.Contains(i);
            // a named holder next to it makes it a title, not a stand-in for the person
            bool named = (rp.EndToken < tokens.Count && nameStarts.Contains(tokens[rp.EndToken].Start))
                || (!isNested && Posts.PostExtractor.AfterTrailers(doc, rp.EndToken) is var afterEnd && afterEnd + 1 < tokens.Count && f[afterEnd] == "," && nameStarts.Contains(tokens[afterEnd + 1].Start))
                || (!isNested && rp.FirstToken >= 2 && f[rp.FirstToken - 1] == "," && nameEnds.Contains(tokens[rp.FirstToken - 2].End));
            if (named) continue;
            // only specific roles stand for one person: a country, an organization or a periphrasis must pin them down
            bool specific = rp.CountryCode is not null || rp.ComplementMentionIndexes.Count > 0 || rp.Role.CountryCode is not null;
            if (!specific) continue;
            var country = _g.Country(rp.CountryCode ?? rp.Role.CountryCode)?.Key;
            TextSpan? organization = null;
            foreach (var c in rp.ComplementMentionIndexes)
                if (doc.Entities[c].Kind == EntityKind.Organization) { organization = doc.Entities[c].Span; break; }
            var mention = new EntityMention(rp.Span, rp.Span.Of(doc.Text), EntityKind.Person, EntitySubtype.None, MentionForm.Role,
                CountryKey: country, Source: "role") { RoleKey = rp.ResolutionKey, OrganizationSpan = organization };
            additions.Add(mention);
        }
        if (additions.Count == 0) return;
        doc.Entities.AddRange(additions);
        // stable sort by span: mentions and role mentions interleave in text order
        var sorted = doc.Entities.Select((m, k) => (m, k)).OrderBy(x => x.m.Span.Start).ThenBy(x => x.m.Span.End).ThenBy(x => x.k).Select(x => x.m).ToList();
        doc.Entities.Clear();
        doc.Entities.AddRange(sorted);
    }
}
