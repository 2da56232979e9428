using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Descriptions tied to a name by the organization they head or by a title apposed after the name.</summary>
public sealed partial class SpeakerFinder
{
    /// <summary>
    /// "a résumé le patron de la FFJ" after "le président de la Fédération française de judo (FFJ), Marc X": the one named person
    /// who holds a head role (<paramref name="headRoles"/>, post-words-fr.tsv head-role) of the organization the title's complement
    /// names — the same organization when the document's coreference put the two mentions in one cluster (an acronym and its
    /// long form) or when one name's words are all in the other's; null when the title heads nothing or several people qualify.
    /// </summary>
    public int? HeadOfOrganizationNamedBy(int roleMentionIndex, IReadOnlySet<string> headRoles)
    {
        var role = _doc.Entities[roleMentionIndex];
        if (headRoles.Count == 0 || role.Form != MentionForm.Role || role.RoleKey is not { } key || !IsHeadRole(key, headRoles)
            || role.OrganizationSpan is not { } orgSpan)
            return null;
        int? org = null;
        for (int k = FirstMentionAtOrAfter(orgSpan.Start); k < _doc.Entities.Count && _doc.Entities[k].Span.Start < orgSpan.End; k++)
            if (_doc.Entities[k].Kind == EntityKind.Organization) { org = k; break; }
        var wanted = Words(_doc.TextOf(orgSpan));
        char? gender = ArticleGenderAt(role.Span.Start);
        int? found = null;
        foreach (var post in _doc.Posts)
        {
            if (!IsHeadRole(post.ResolutionKey, headRoles) || post.OrganizationMentionIndex is not { } om) continue;
            var holder = _doc.Entities[post.HolderMentionIndex];
            if (holder.Kind != EntityKind.Person || holder.Form != MentionForm.Name) continue;
            bool same = org is { } o && (o == om || SameCluster(o, om));
            if (!same)
            {
                var words = Words(_doc.Entities[om].Text);
                same = wanted.Length > 0 && words.Length > 0 && (wanted.All(words.Contains) || words.All(wanted.Contains));
            }
            // "la patronne de X" is not the man who presides X
            if (!same || !GenderFits(post.HolderMentionIndex, gender)) continue;
            if (found is { } other && other != post.HolderMentionIndex && !SameCluster(other, post.HolderMentionIndex)) return null;
            found ??= post.HolderMentionIndex;
        }
        return found;
    }

    private static string[] Words(string name) =>
        Tokenization.TextFolding.Fold(name).Split([' ', '\'', '’', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2).ToArray();

    /// <summary>"patron", "directeur-general-de-brenner": a head role key, alone or with its complement.</summary>
    private static bool IsHeadRole(string key, IReadOnlySet<string> headRoles)
    {
        if (headRoles.Contains(key)) return true;
        for (int dash = key.IndexOf('-'); dash > 0; dash = key.IndexOf('-', dash + 1))
            if (headRoles.Contains(key[..dash])) return true;
        return false;
    }

    /// <summary>
    /// "Contre Julien X, ancien directeur des ventes de l'entreprise, …" … "l'ancien directeur des ventes a exprimé ses regrets":
    /// the title occurrence at <paramref name="at"/> is apposed after a person's name (a comma, and at most one modifier such as
    /// "ancien" from claim-grammar.tsv apposition-modifier, between them); that person, or null.
    /// </summary>
    private int? NameBeforeApposedTitle(int at)
    {
        string text = _doc.Text;
        int p = at - 1;
        while (p >= 0 && text[p] == ' ') p--;
        // one modifier word ("ancien", "actuel") before the title words
        int wordEnd = p + 1;
        while (p >= 0 && (char.IsLetter(text[p]) || text[p] == '-')) p--;
        if (p + 1 < wordEnd)
        {
            if (!_grammar.ApposedTitleModifiers.Contains(FrenchText.Lower(text.AsSpan(p + 1, wordEnd - p - 1)))) return null;
            while (p >= 0 && text[p] == ' ') p--;
        }
        if (p < 0 || text[p] != ',') return null;
        int comma = p;
        int k = FirstMentionAtOrAfter(comma) - 1;
        if (k < 0) return null;
        var m = _doc.Entities[k];
        if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || InsideQuote(m.Span)) return null;
        return OnlySpacesBetween(text, m.Span.End, comma) ? k : null;
    }

    /// <summary>
    /// "À la barre, l'ancien directeur des ventes a exprimé ses regrets. « … », a-t-il affirmé": a sentence whose clause opens,
    /// after a short leading adverbial (a preposition of claim-grammar.tsv leading-adverbial, at most six words, then a comma),
    /// with a definite title is about the person the article introduced with that title; null otherwise.
    /// </summary>
    private int? PersonOfTitleAfterLeadingAdverbial(int sentenceStart, int limit)
    {
        string text = _doc.Text;
        var ws = WordScanner.Scan(text, new TextSpan(sentenceStart, Math.Min(text.Length, Math.Min(limit, sentenceStart + 80))));
        if (ws.Count < 3 || !_grammar.LeadingAdverbials.Contains(FrenchText.Lower(ws[0].Of(text)))) return null;
        for (int i = 1; i < ws.Count && i <= 6; i++)
        {
            int gapFrom = ws[i - 1].End, gapTo = ws[i].Start;
            var gap = text.AsSpan(gapFrom, gapTo - gapFrom);
            if (gap.ContainsAny(".;:«»\"“”()")) return null;
            if (!gap.Contains(',')) continue;
            int after = gapFrom + gap.IndexOf(',') + 1;
            // "le ministre", "la juge", "l'ancien directeur" (the scanner keeps the elided article on its word)
            string w = ws[i].Of(text);
            bool titled = FrenchText.Lower(w) is "le" or "la" ? i + 1 < ws.Count && char.IsLower(text[ws[i + 1].Start])
                : w.Length > 2 && w[0] is 'l' or 'L' && FrenchText.IsApostrophe(w[1]) && char.IsLower(w[2]);
            if (!titled) return null;
            return PersonIntroducedAs(after);
        }
        return null;
    }

    /// <summary>How far into a sentence opening with a participial phrase the main clause's titled subject is looked for.</summary>
    private const int MaxParticipialLeadChars = 300;

    /// <summary>
    /// "Reçu mercredi par la directrice de l'agence, en compagnie de la députée X et du président Y, l'édile est ressorti …": a
    /// sentence opening with a participle (its first word has a participle reading) whose main clause, after one of the
    /// commas, opens with a definite title followed by its verb ("l'édile est", "la ministre a") is about the person the
    /// article introduced with that title (<paramref name="person"/>, null when no introduction matches the title); false when
    /// the sentence has no such shape. The names inside the participial phrase are complements, never that subject.
    /// </summary>
    private bool TitledSubjectAfterParticipialLead(int sentenceStart, int limit, out int? person)
    {
        person = null;
        if (_doc.Morphology.Length != _doc.Tokens.Count) return false;
        string text = _doc.Text;
        int end = Math.Min(text.Length, Math.Min(limit, sentenceStart + MaxParticipialLeadChars));
        var ws = WordScanner.Scan(text, new TextSpan(sentenceStart, end));
        if (ws.Count < 4 || !char.IsUpper(text[ws[0].Start]) || !HasReading(ws[0].Start, r => r.Pos == Language.PartOfSpeech.Verb
                && (r.Moods & (Language.VerbMoods.PastParticiple | Language.VerbMoods.PresentParticiple)) != 0)) return false;
        for (int i = 1; i + 1 < ws.Count; i++)
        {
            var gap = text.AsSpan(ws[i - 1].End, ws[i].Start - ws[i - 1].End);
            if (gap.ContainsAny(".;:«»\"“”()")) return false;
            if (!gap.Contains(',')) continue;
            // "le ministre a", "la juge est", "l'édile est" (the scanner keeps the elided article on its word)
            string w = ws[i].Of(text);
            int noun;
            if (FrenchText.Lower(w) is "le" or "la") noun = i + 1;
            else if (w.Length > 2 && w[0] is 'l' or 'L' && FrenchText.IsApostrophe(w[1]) && char.IsLower(w[2])) noun = i;
            else continue;
            if (noun >= ws.Count || !char.IsLower(text[ws[noun].Start + (noun == i ? 2 : 0)])) continue;
            int verb = noun + 1;
            if (verb < ws.Count && HasReading(ws[verb].Start, r => r.Pos == Language.PartOfSpeech.Adjective) && !HasFiniteVerb(ws[verb].Start)) verb++;
            if (verb >= ws.Count || !OnlySpacesBetween(text, ws[noun].End, ws[verb].Start) || !HasFiniteVerb(ws[verb].Start)) continue;
            person = PersonIntroducedAs(ws[i].Start);
            return true;
        }
        return false;
    }

    private bool HasFiniteVerb(int at) =>
        HasReading(at, r => r.Pos is Language.PartOfSpeech.Verb or Language.PartOfSpeech.Auxiliary && r.IsFinite);

    private bool HasReading(int at, Func<Language.MorphAnalysis, bool> test)
    {
        int t = _doc.TokenIndexAtOrAfter(at);
        if (t >= _doc.Tokens.Count || _doc.Morphology[t].Readings is not { } readings) return false;
        foreach (var r in readings) if (test(r)) return true;
        return false;
    }

    /// <summary>
    /// "a affirmé le Premier ministre belge" right after a claim of "son homologue irlandaise, Aoife X": the title cannot stand for
    /// that person when its nationality adjective names another country than the one the person was described with in apposition,
    /// or its article another gender than the person's.
    /// </summary>
    public bool TitleContradicts(int roleMentionIndex, int personMentionIndex)
    {
        var role = _doc.Entities[roleMentionIndex];
        if (ArticleGenderAt(role.Span.Start) is { } wanted && GenderOf(personMentionIndex) is { } gender && gender != wanted) return true;
        string? country = null;
        foreach (var rp in _doc.RolePhrases)
        {
            if (rp.Span.Start > role.Span.End) break;
            if (rp.Span.Overlaps(role.Span) && !rp.IsPlural) { country = rp.CountryCode; break; }
        }
        return country is not null && ApposedNationality(personMentionIndex) is { } described && described != country;
    }

    /// <summary>"son homologue irlandaise, Aoife X" → the country code of the nationality adjective in the description apposed right
    /// before a mention of that person (this mention or an earlier one of its cluster), or null.</summary>
    private string? ApposedNationality(int personMentionIndex)
    {
        if (_gazetteers is null) return null;
        string text = _doc.Text;
        for (int k = personMentionIndex, seen = 0; k >= 0 && ++seen <= MaxLookBackMentions; k--)
        {
            if (k != personMentionIndex && !SameCluster(k, personMentionIndex)) continue;
            var m = _doc.Entities[k];
            int p = m.Span.Start - 1;
            while (p >= 0 && text[p] == ' ') p--;
            if (p < 0 || text[p] != ',') continue;
            int si = _doc.SentenceIndexAt(m.Span.Start);
            int from = Math.Max(si >= 0 ? _doc.Sentences[si].Start : 0, p - 80);
            int open = text.LastIndexOf(',', Math.Max(from, p - 1), Math.Max(0, p - from));
            string segment = text[(open >= from ? open + 1 : from)..p];
            if (segment.AsSpan().ContainsAny("«»()") || segment.Contains(" et ", StringComparison.Ordinal)) continue;
            foreach (var w in WordScanner.Scan(segment, new TextSpan(0, segment.Length)))
                if (_gazetteers.Nationalities.TryGetValue(Tokenization.TextFolding.Fold(w.Of(segment)), out var code)) return code;
        }
        return null;
    }

    /// <summary>
    /// "La Néerlandaise a, elle, insisté …", "a lancé l'Italien": a definite article and a capitalised nationality noun
    /// (nationalities-fr.tsv) at <paramref name="from"/> stand for the one person of that country the article introduced
    /// before (with a title of that country, in a list of nationalities, or described with the adjective); null otherwise.
    /// </summary>
    public int? PersonOfDemonymAt(int from)
    {
        if (_gazetteers is null) return null;
        string text = _doc.Text;
        var ws = WordScanner.Scan(text, new TextSpan(from, Math.Min(text.Length, from + 40)));
        if (ws.Count == 0) return null;
        string first = ws[0].Of(text);
        string noun;
        int nounStart;
        if (FrenchText.Lower(first) is "le" or "la" && ws.Count > 1 && OnlySpacesBetween(text, ws[0].End, ws[1].Start))
        {
            noun = ws[1].Of(text);
            nounStart = ws[1].Start;
        }
        else if (first.Length > 2 && first[0] is 'l' or 'L' && FrenchText.IsApostrophe(first[1]))
        {
            noun = first[2..];
            nounStart = ws[0].Start + 2;
        }
        else return null;
        if (noun.Length < 3 || !char.IsUpper(noun[0])) return null;
        if (!_gazetteers.Nationalities.TryGetValue(Tokenization.TextFolding.Fold(noun), out var country)) return null;
        // "La Néerlandaise Annelies X": a name right after the noun is the subject itself
        int next = FirstMentionAtOrAfter(nounStart);
        if (next < _doc.Entities.Count && _doc.Entities[next].Span.Start <= nounStart + noun.Length + 1) return null;
        char? wanted = FrenchText.Lower(first) switch { "la" => 'f', "le" => 'm', _ => null };
        if (!TryPersonTitledFrom(country, from, out var found)) return null;
        found ??= PersonOfNationalityInList(country, next) ?? PersonApposedToNationality(country, next);
        return found is { } f && GenderFits(f, wanted) ? f : null;
    }

    /// <summary>The country of the lower-case nationality adjective ending at <paramref name="end"/> ("homologue portugais| Nuno"),
    /// after a noun (not a sentence's first word); null when the word there is no such adjective.</summary>
    private string? NationalityRightBefore(int end)
    {
        string text = _doc.Text;
        int e = end;
        while (e > 0 && text[e - 1] == ' ') e--;
        int b = e;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        if (b == e || !char.IsLower(text[b]) || b == 0 || !char.IsLetter(text[Math.Max(0, b - 2)])) return null;
        return _gazetteers!.Nationalities.TryGetValue(Tokenization.TextFolding.Fold(text.AsSpan(b, e - b)), out var code) ? code : null;
    }
}
