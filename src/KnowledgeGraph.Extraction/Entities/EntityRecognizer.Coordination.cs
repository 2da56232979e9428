using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Coordination: names joined by "et"/"ou" are of one kind.
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// "à l'appel de Sud Santé et de la CGT", "entre Varlex et Rheinhold", "entre KNDS et Rheinmetall": a name that no first
    /// name opens and that only a weak guess typed (or nothing), coordinated with an organization, is an organization too; an
    /// unknown acronym counts as one (acronyms in running text are bodies far more often than anything else).
    /// </summary>
    private void CoordinatedOrganizations(AnalyzedDocument doc, List<Candidate> candidates, List<Candidate> runs)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        var byStart = new Dictionary<int, Candidate>();
        var byEnd = new Dictionary<int, Candidate>();
        foreach (var c in candidates) { byStart.TryAdd(c.Start, c); byEnd.TryAdd(c.End, c); }
        foreach (var r in runs) { byStart.TryAdd(r.Start, r); byEnd.TryAdd(r.End, r); }
        var present = new HashSet<Candidate>(candidates, ReferenceEqualityComparer.Instance);
        foreach (var r in runs)
        {
            if (!IsWeakName(doc, r)) continue;
            var other = CoordinatedAfter(f, text, tokens, r.End, byStart) ?? CoordinatedBefore(f, text, tokens, r.Start, byEnd);
            if (other is null || other == r) continue;
            bool otherIsBody = other.Kind == EntityKind.Organization || IsWeakName(doc, other) && IsUnknownAcronym(doc, other);
            bool selfIsAcronym = IsUnknownAcronym(doc, r);
            if (!otherIsBody && !(selfIsAcronym && other.Kind == EntityKind.Organization)) continue;
            Organize(r);
            if (other.Kind is null or EntityKind.Person && IsWeakName(doc, other)) Organize(other);
        }

        void Organize(Candidate c)
        {
            c.Kind = EntityKind.Organization;
            c.Subtype = EntitySubtype.None;
            c.Source = "coordinated-organization";
            if (present.Add(c)) candidates.Add(c);
        }
    }

    private bool IsWeakName(AnalyzedDocument doc, Candidate r) =>
        (r.Kind is null || r.Kind == EntityKind.Person && r.Source is "cap-seq" or "subject" or "speech-verb")
        && !_g.IsFirstName(doc.Folded[r.Start]) && !IsLexiconPlaceOnly(Morph(doc, r.Start))
        // ("Rouge et Noir": a single common word is a colour or a thing as often as a name)
        && !(r.End - r.Start == 1 && IsCommonOnly(Morph(doc, r.Start)))
        && !doc.IsNonContent(new TextSpan(doc.Tokens[r.Start].Start, doc.Tokens[r.End - 1].End));

    private bool IsUnknownAcronym(AnalyzedDocument doc, Candidate r)
    {
        if (r.End - r.Start != 1) return false;
        var w = doc.Tokens[r.Start].SliceOf(doc.Text);
        return w.Length is >= 2 and <= 6 && IsAllCaps(w) && !Morph(doc, r.Start).IsKnown && !IsLetterOrRomanNumeral(w);
    }

    // "X et Y", "X et de la Y", "X ou l'Y": the name after the conjunction (and an optional preposition and article)
    private static Candidate? CoordinatedAfter(IReadOnlyList<string> f, string text, List<Token> tokens, int end, Dictionary<int, Candidate> byStart)
    {
        int k = end;
        if (k >= f.Count || f[k] is not ("et" or "ou")) return null;
        k++;
        if (k < f.Count && f[k] is "de" or "d'" or "du" or "des" or "a" or "au" or "aux" && char.IsLower(text[tokens[k].Start])) k++;
        if (k < f.Count && f[k] is "la" or "le" or "l'" or "les" && char.IsLower(text[tokens[k].Start])) k++;
        return byStart.GetValueOrDefault(k);
    }

    private static Candidate? CoordinatedBefore(IReadOnlyList<string> f, string text, List<Token> tokens, int start, Dictionary<int, Candidate> byEnd)
    {
        int k = start - 1;
        if (k >= 0 && f[k] is "la" or "le" or "l'" or "les" && char.IsLower(text[tokens[k].Start])) k--;
        if (k >= 0 && f[k] is "de" or "d'" or "du" or "des" or "a" or "au" or "aux" && char.IsLower(text[tokens[k].Start])) k--;
        if (k < 1 || f[k] is not ("et" or "ou")) return null;
        return byEnd.GetValueOrDefault(k);
    }
}
