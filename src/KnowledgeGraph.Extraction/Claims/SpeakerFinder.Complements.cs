using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Whether a mention is a complement ("de X", "avec X", "du président X") rather than a clause's subject.</summary>
public sealed partial class SpeakerFinder
{

    /// <summary>True when the mention is a genitive complement: "de X", "du X", "d'X", "des X".</summary>
    public bool IsGenitive(TextSpan span) => ChainedTo(span, IsGenitiveLocal);

    /// <summary>
    /// True when the word just before the mention makes it a complement ("de X", "avec X", "à X"), or when
    /// the mention continues a complement: "du président américain Paulo Mendes" (a name right after a
    /// complement role), "avec X et Y" (coordinated with a complement).
    /// </summary>
    public bool IsComplement(TextSpan span) => ChainedTo(span, IsComplementLocal);

    private bool ChainedTo(TextSpan span, Func<TextSpan, bool> local)
    {
        bool viaComma = false;
        for (int guard = 0; guard < 6; guard++)
        {
            // through a comma, only a list after a preposition such as "avec X, Y et Z" shares the role;
            // "selon X, Y et Z …" and "les envoyés de X, Y et Z" do not
            if (viaComma ? local(span) && ListPrepositions.Contains(WordBefore(span)) : local(span)) return true;
            if (PreviousLinkedMention(span, out viaComma) is not { } prev) return false;
            span = prev;
        }
        return false;
    }

    /// <summary>The lower-case word just before a mention (skipping an elided article).</summary>
    private string WordBefore(TextSpan span)
    {
        string text = _doc.Text;
        int i = span.Start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i])) { i--; while (i >= 0 && char.IsLetter(text[i])) i--; }
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        string w = end > i + 1 ? FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) : "";
        if (w is "le" or "la" or "les")
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e2 = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (e2 > i + 1) w = FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1));
        }
        return w;
    }

    /// <summary>The mention just before <paramref name="span"/> when only spaces, "et" or a comma separate them.</summary>
    private TextSpan? PreviousLinkedMention(TextSpan span, out bool viaComma)
    {
        viaComma = false;
        string text = _doc.Text;
        int i = span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        bool spaceOnly = true;
        if (i >= 1 && text[i] == 't' && text[i - 1] == 'e' && (i < 2 || !char.IsLetter(text[i - 2]))) { spaceOnly = false; i -= 2; while (i >= 0 && char.IsWhiteSpace(text[i])) i--; }
        else if (i >= 0 && text[i] == ',')
        {
            // "X, Y et Z" is a list (Y shares X's role); "le conseiller de X, Y," is an apposition (it does not)
            if (!ContinuesList(span.End)) return null;
            viaComma = true;
            spaceOnly = false;
            i--;
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        }
        // no mention is longer than a few hundred characters: start the scan there
        for (int k = FirstMentionAtOrAfter(i + 1 - MaxMentionLength); k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start > i) break;
            if (m.Span.End != i + 1) continue;
            // "du président américain X": a name right after a role continues it; "de l'Unesco X" does not
            if (spaceOnly && m.Form != MentionForm.Role) return null;
            return m.Span;
        }
        return null;
    }

    /// <summary>True when a mention ending at <paramref name="end"/> is followed by "et" or by ", " and another mention.</summary>
    private bool ContinuesList(int end)
    {
        string text = _doc.Text;
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i + 2 < text.Length && text[i] == 'e' && text[i + 1] == 't' && text[i + 2] == ' ') return true;
        if (i < text.Length && text[i] == ',')
        {
            i++;
            while (i < text.Length && text[i] == ' ') i++;
            int at = FirstMentionAtOrAfter(i);
            if (at < _doc.Entities.Count && _doc.Entities[at].Span.Start == i) return true;
        }
        return false;
    }

    private bool IsGenitiveLocal(TextSpan span) => IsGenitiveImmediate(span) || AfterTitleOf(span, GenitivePrepositions);

    /// <summary>"M. de Montferrand", "Mme d'Albret": a particle right after a civility belongs to the name, it is no preposition.</summary>
    private static readonly System.Text.RegularExpressions.Regex CivilityParticle = new(
        @"(?:^|[\s(])(?:M\.|Mme|Mlle|Me|Mgr|Dr)\s+(?:de la|de|du|des|d['’]|van der|van den|van|von|der)\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private bool AfterCivilityParticle(TextSpan span)
    {
        int from = Math.Max(0, span.Start - 16);
        return CivilityParticle.IsMatch(_doc.Text.AsSpan(from, span.Start - from));
    }

    private bool IsGenitiveImmediate(TextSpan span)
    {
        string text = _doc.Text;
        if (AfterCivilityParticle(span)) return false;
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

    /// <summary>True when a preposition stands right before the mention ("avec X", "de X"), without looking past titles.</summary>
    public bool IsComplementImmediate(TextSpan span)
    {
        string text = _doc.Text;
        if (AfterCivilityParticle(span)) return false;
        int i = span.Start - 1;
        // "l'Unesco", "d'Italie": the mention span may start after an elided article
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
        // "le président Paulo Mendes", "l'émissaire de la Commission": look past one article for de/du/à
        if (word is "le" or "la" or "les" or "l")
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e2 = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (e2 > i + 1 && ComplementWords.Contains(FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1)))) return true;
        }
        return false;
    }

    /// <summary>
    /// A complement either right after its preposition ("avec X") or after a short lower-case title
    /// ("du président américain X", "avec le président russe X", "via la plateforme X").
    /// </summary>
    private bool IsComplementLocal(TextSpan span) => IsComplementImmediate(span) || AfterTitleOf(span, TitlePrepositions);

    /// <summary>True when the mention follows "preposition (article) lower-case title words": "du président américain X".</summary>
    private bool AfterTitleOf(TextSpan span, HashSet<string> prepositions)
    {
        string text = _doc.Text;
        int i = span.Start - 1;
        for (int n = 0; n < 4; n++)
        {
            while (i >= 0 && text[i] == ' ') i--;
            int end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '-')) i--;
            if (end <= i + 1) return false;
            // an elided article or preposition glued to the word: "l'émissaire", "d'agence"
            bool elided = i >= 1 && FrenchText.IsApostrophe(text[i]) && char.IsLetter(text[i - 1]);
            string word = text.Substring(i + 1, end - i - 1);
            // only plain lower-case title words are crossed: "de l'Energie X" or "ce à quoi X" are not "du président X"
            if (!char.IsLower(word[0])) return false;
            string lower = FrenchText.Lower(word);
            if (Auxiliaries.Contains(lower) || lower is "quoi" or "qui" or "que" or "dont" or "où" or "lequel" or "laquelle" or "ce" or "cela") return false; // "a déclaré X", "a rencontré X": X is the verb's subject or object
            // "les chefs de gouvernement X": a bare "de" right before the one noun crossed joins a compound title ("chef de
            // gouvernement", "chef de file"); the title is apposed to the name, it governs no complement
            if (n == 1 && !elided && lower == "de") continue;
            if (n > 0 && !elided && prepositions.Contains(lower)) return true;
            if (elided)
            {
                int a = i - 1;
                while (a >= 0 && char.IsLetter(text[a])) a--;
                string el = FrenchText.Lower(text.AsSpan(a + 1, i - a - 1));
                // "l'homme d'affaires X", "le chef d'orchestre X": a bare noun glued to "d'" right before the name ends a compound
                // title the name is apposed to, not a complement
                if (el == "d" && n > 0) return true;
                i = a;
                if (el is not ("l" or "d")) return false;
                continue;
            }
            if (lower is "le" or "la" or "les")
            {
                // one more word: the preposition before the article, if any
                while (i >= 0 && text[i] == ' ') i--;
                int e2 = i + 1;
                while (i >= 0 && char.IsLetter(text[i])) i--;
                return e2 > i + 1 && prepositions.Contains(FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1)));
            }
        }
        return false;
    }

    /// <summary>How far after a voice cue ("par la voix de") the person's name may start: "de son secrétaire général adjoint, X".</summary>
    private const int MaxVoiceCueToName = 60;

    /// <summary>
    /// "La CFDT a fait part de sa vigilance par la voix de Sophie X : « … »", "Le GEM, par la voix de son président X, s'inquiète :
    /// « … »": the person named right after a voice cue (claim-grammar.tsv, voice-cue) in the organization's sentence (or up to the
    /// claim's start), outside quotation marks; null when there is none.
    /// </summary>
    public int? PersonVoicing(int organizationMention, TextSpan content)
    {
        if (_grammar.VoiceCues.Count == 0) return null;
        var org = _doc.Entities[organizationMention];
        int si = _doc.SentenceIndexAt(org.Span.Start);
        if (si < 0) return null;
        int end = Math.Max(_doc.Sentences[si].End, Math.Min(content.Start, _doc.Text.Length));
        end = Math.Min(end, org.Span.End + 400);
        if (end <= org.Span.End) return null;
        string lower = FrenchText.Lower(_doc.Text.AsSpan(org.Span.End, end - org.Span.End));
        foreach (var cue in _grammar.VoiceCues)
        {
            int at = lower.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0) continue;
            int cueEnd = org.Span.End + at + cue.Length;
            if (InsideQuote(new TextSpan(cueEnd - 1, cueEnd))) continue;
            for (int k = FirstMentionAtOrAfter(cueEnd); k < _doc.Entities.Count && _doc.Entities[k].Span.Start <= cueEnd + MaxVoiceCueToName; k++)
            {
                var m = _doc.Entities[k];
                if (m.Kind == EntityKind.Person && m.Form == MentionForm.Name && !InsideQuote(m.Span)) return k;
                if (_doc.Text.AsSpan(cueEnd, Math.Max(0, m.Span.Start - cueEnd)).ContainsAny(".;:«»\"")) break;
            }
        }
        return null;
    }
}
