using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Finds the entity mention that a reporting verb's subject, a "selon X" source or a pronoun stands for,
/// using the document's entity mentions. Rules (French word order):
/// <list type="bullet">
/// <item>subject before the verb: the nearest person/organization mention to the left in the same clause
/// that is not a complement (not right after "de", "du", "avec", "à"...), so in "Le porte-parole de la
/// présidence russe, Dmitri Peskov, a affirmé" the apposition name wins;</item>
/// <item>inverted subject after the verb ("a déclaré le président américain X"): the first non-complement
/// mention after the verb in the same sentence;</item>
/// <item>pronouns ("a-t-il ajouté", "Il a ajouté que"): the speaker of the latest claim in the previous
/// two sentences, else the subject (first non-complement person/organization) of the nearest preceding
/// sentence that has one.</item>
/// </list>
/// Mentions inside quotations never count (a quote's own words do not name its speaker).
/// </summary>
public sealed class SpeakerFinder
{
    private static readonly HashSet<string> ComplementWords = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "avec", "à", "a", "au", "aux", "pour", "sur", "contre", "en", "par", "vers",
        "chez", "entre", "dans", "sans", "face", "envers", "auprès", "via", "depuis", "selon", "après", "avant",
    };

    private readonly AnalyzedDocument _doc;
    private readonly IReadOnlyList<Quotation> _quotes;

    public SpeakerFinder(AnalyzedDocument doc, IReadOnlyList<Quotation> quotes)
    {
        _doc = doc;
        _quotes = quotes;
    }

    public bool InsideQuote(TextSpan span)
    {
        foreach (var q in _quotes)
            if (q.Outer.Start < span.Start && span.End <= q.Outer.End) return true;
        return false;
    }

    /// <summary>A mention that can speak: a person or organization, not inside a quotation.</summary>
    public bool CanSpeak(int mentionIndex, bool allowInsideQuote = false)
    {
        var m = _doc.Entities[mentionIndex];
        return m.Kind is EntityKind.Person or EntityKind.Organization && m.Form != MentionForm.Pronoun && (allowInsideQuote || !InsideQuote(m.Span));
    }

    /// <summary>True when the mention is a genitive complement: "de X", "du X", "d'X", "des X".</summary>
    public bool IsGenitive(TextSpan span)
    {
        string text = _doc.Text;
        int i = span.Start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i]))
        {
            int a = i - 1;
            while (a >= 0 && char.IsLetter(text[a])) a--;
            string elided = FrenchText.Lower(text.AsSpan(a + 1, i - a - 1));
            if (elided == "d") return true;
            i = a;
        }
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (end <= i + 1) return false;
        string word = FrenchText.Lower(text.AsSpan(i + 1, end - i - 1));
        if (word is "de" or "du" or "des") return true;
        if (word is "la" or "le" or "les")
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e2 = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            return e2 > i + 1 && FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1)) is "de";
        }
        return false;
    }

    /// <summary>True when the word just before the mention makes it a complement ("de X", "avec X", "à X").</summary>
    public bool IsComplement(TextSpan span)
    {
        string text = _doc.Text;
        int i = span.Start - 1;
        // "l'Otan", "d'Ukraine": the mention span may start after an elided article
        if (i >= 0 && FrenchText.IsApostrophe(text[i]))
        {
            int a = i - 1;
            while (a >= 0 && char.IsLetter(text[a])) a--;
            string elided = FrenchText.Lower(text.AsSpan(a + 1, i - a - 1));
            if (elided is "d" or "qu" or "jusqu") return true;
            i = a;
        }
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '(')) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (end <= i + 1) return false;
        string word = FrenchText.Lower(text.AsSpan(i + 1, end - i - 1));
        if (ComplementWords.Contains(word)) return true;
        // "le président Donald Trump", "l'émissaire de la Maison Blanche": look past one article for de/du/à
        if (word is "le" or "la" or "les" or "l")
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e2 = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (e2 > i + 1 && ComplementWords.Contains(FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1)))) return true;
        }
        return false;
    }

    /// <summary>The subject of a verb at <paramref name="verbStart"/>: nearest speaking mention to the left in the clause.</summary>
    public int? SubjectBefore(int clauseStart, int verbStart)
    {
        int? best = null;
        for (int k = 0; k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > verbStart) break;
            if (!CanSpeak(k) || IsComplement(m.Span)) continue;
            if (QuoteBetween(m.Span.End, verbStart)) continue;
            best = k;
        }
        return best;
    }

    /// <summary>The inverted subject after a verb: first speaking, non-complement mention before the clause ends.</summary>
    public int? SubjectAfter(int verbEnd, int clauseEnd, bool allowInsideQuote = false)
    {
        int limit = Math.Min(clauseEnd, verbEnd + 160);
        for (int k = 0; k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start < verbEnd) continue;
            if (m.Span.Start >= limit) break;
            if (HasBoundary(verbEnd, m.Span.Start)) break;
            if (!CanSpeak(k, allowInsideQuote)) continue;
            if (IsComplement(m.Span)) continue;
            return k;
        }
        return null;
    }

    /// <summary>
    /// The source after a cue ("selon X"): the first speaking mention that is not a complement, else the
    /// first complement ("selon le porte-parole du Kremlin" → Kremlin), up to the first comma after a candidate.
    /// </summary>
    public int? SourceAfter(int cueEnd, int clauseEnd)
    {
        int limit = Math.Min(clauseEnd, cueEnd + 120);
        int? firstComplement = null;
        for (int k = 0; k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start < cueEnd) continue;
            if (m.Span.Start >= limit) break;
            if (!CanSpeak(k)) continue;
            if (!IsComplement(m.Span)) return k;
            firstComplement ??= k;
            // the noun phrase after the cue ends at a comma that is not followed by an apposition name
            int comma = _doc.Text.IndexOf(',', m.Span.End, Math.Max(0, limit - m.Span.End));
            if (comma >= 0) limit = Math.Min(limit, comma + 40);
        }
        return firstComplement;
    }

    /// <summary>The most plausible antecedent of a subject pronoun at <paramref name="pos"/>.</summary>
    public int? ResolvePronoun(int pos, int? lastSpeakerMention, int lastSpeakerSentence)
    {
        int sentence = _doc.SentenceIndexAt(pos);
        if (lastSpeakerMention is not null && sentence >= 0 && lastSpeakerSentence >= sentence - 2) return lastSpeakerMention;
        for (int s = sentence; s >= 0 && s >= sentence - 3; s--)
        {
            var span = _doc.Sentences[s];
            int limit = s == sentence ? pos : span.End;
            for (int k = 0; k < _doc.Entities.Count; k++)
            {
                var m = _doc.Entities[k];
                if (m.Span.Start < span.Start) continue;
                if (m.Span.End > limit) break;
                if (CanSpeak(k) && !IsComplement(m.Span) && m.Kind == EntityKind.Person) return k;
            }
        }
        if (lastSpeakerMention is not null) return lastSpeakerMention;
        return null;
    }

    private bool OnlyArticleBetween(int from, int to)
    {
        var between = FrenchText.Lower(_doc.Text.AsSpan(from, Math.Max(0, to - from))).Trim();
        return between.Length == 0 || between is "le" or "la" or "les" or "l'" or "l";
    }

    private bool QuoteBetween(int from, int to)
    {
        foreach (var q in _quotes)
            if (q.Outer.Start >= from && q.Outer.End <= to) return true;
        return false;
    }

    /// <summary>A sentence-internal boundary that ends an inverted subject search: ; : or a quotation mark.</summary>
    private bool HasBoundary(int from, int to)
    {
        for (int i = from; i < to; i++)
            if (_doc.Text[i] is ';' or ':' or '«' or '»' or '"' or '“' or '”' or '.') return true;
        return false;
    }
}
