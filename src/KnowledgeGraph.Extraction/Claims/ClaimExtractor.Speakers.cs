using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Claims.ClauseText;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Speaker resolution in text order, so that pronouns and bare titles can point to the latest speaker.</summary>
public sealed partial class ClaimExtractor
{
    private void ResolveSpeakers(AnalyzedDocument doc, SpeakerFinder finder, List<Candidate> claims)
    {
        int? lastSpeaker = null;
        int lastSentence = -10;
        var nameless = new Dictionary<int, bool>();
        Candidate? previous = null;
        foreach (var c in claims)
        {
            switch (c.Rule)
            {
                case SpeakerRule.Before:
                    c.Speaker = finder.SubjectBefore(c.RuleFrom, c.RuleTo);
                    // "Le syndicaliste a réclamé…": a bare title opening the sentence stands for a recent speaker or subject
                    // "Dans un communiqué, l'entreprise a affirmé": the subject opens the clause after a leading adverbial
                    // "Descendue de l'avion, l'ancienne otage a dit …": so does a bare title after a leading participial phrase
                    int clauseFrom = c.RuleFrom;
                    if (c.Speaker is null && doc.Text.LastIndexOf(',', Math.Max(c.RuleFrom, c.RuleTo - 1), Math.Max(0, c.RuleTo - c.RuleFrom)) is var lead and >= 0
                        && (InstitutionAfter(doc.Text, lead + 1) || StartsWithDefiniteArticle(doc.Text, lead + 1) && BareTitleBefore(doc, lead + 1, c.RuleTo)
                            && DescriptionPronoun(doc, lead + 1) is not null && PersonNounAfter(doc, lead + 1))) clauseFrom = lead + 1;
                    // "L'opposition a dénoncé …": a collective subject is nobody named before
                    if (c.Speaker is null && _collectiveHeads.Contains(HeadAfter(doc.Text, clauseFrom))) break;
                    // "Son hôte a plaidé pour …": the other party of the exchange just reported
                    if (c.Speaker is null && IsCounterpartAt(doc.Text, c.RuleFrom))
                    {
                        // "Son hôte ivoirien a plaidé …": the one person of that nationality, else the other party
                        c.Speaker = finder.PersonOfNationalityAt(SkipSpaces(doc.Text, c.RuleFrom), _counterpartHeads, CounterpartDeterminers)
                            ?? finder.Counterpart(c.RuleFrom, lastSpeaker);
                        break;
                    }
                    // "Le président, qui avait promis des mesures, a déclaré …": the title before a relative clause set off by commas
                    if (c.Speaker is null && StartsWithDefiniteArticle(doc.Text, clauseFrom)
                        && BareTitleBefore(doc, clauseFrom, BeforeRelativeClause(doc.Text, clauseFrom, c.RuleTo)))
                        // "Le ministère a indiqué": an institution word stands for the organization named so before, never for a person
                        c.Speaker = InstitutionAfter(doc.Text, clauseFrom) ? finder.OrganizationByHead(HeadAfter(doc.Text, clauseFrom), clauseFrom)
                            : finder.HolderOfTitleAt(clauseFrom) ?? finder.PersonIntroducedAs(clauseFrom)
                              ?? finder.ResolvePronoun(clauseFrom, lastSpeaker, lastSentence, DescriptionPronoun(doc, clauseFrom), PersonOnly(doc, clauseFrom));
                    // "La partie burkinabè a affirmé que …": the one person of that country
                    if (c.Speaker is null) c.Speaker = finder.PersonOfSideAt(clauseFrom);
                    // "La Québécoise a dénoncé …": the one person of that nationality
                    if (c.Speaker is null) c.Speaker = finder.PersonOfDemonymAt(SkipSpaces(doc.Text, clauseFrom));
                    // "Le Zurichois a rappelé que …": an inhabitant noun of no country stands for the person the text is about
                    if (c.Speaker is null) c.Speaker = PersonOfInhabitantNoun(doc, finder, clauseFrom, lastSpeaker, lastSentence);
                    break;
                case SpeakerRule.After:
                    c.Speaker = finder.SubjectAfter(c.RuleFrom, c.RuleTo);
                    break;
                case SpeakerRule.AfterOrAnaphoric:
                    c.Speaker = finder.SubjectAfter(c.RuleFrom, c.RuleTo) ?? finder.PersonByCivilitySurname(c.RuleFrom);
                    // "a indiqué à l'AFP une source diplomatique": an unnamed source is nobody named before
                    if (c.Speaker is null && AnonymousSourceIn(doc.Text, c.RuleFrom, c.RuleTo)) break;
                    // "a reconnu celui qui avait repris le club": the relative pronoun stands for the person the text is about
                    if (c.Speaker is null && RelativeSpeakerAfter(doc.Text, c.RuleFrom) is { } relative)
                        c.Speaker = finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, relative);
                    if (c.Speaker is null && _collectiveHeads.Contains(HeadAfter(doc.Text, c.RuleFrom))) break;
                    // "a répondu son homologue": the other party of the exchange just reported
                    if (c.Speaker is null && IsCounterpartAt(doc.Text, AfterAdverbialIncise(doc.Text, c.RuleFrom, c.RuleTo)))
                    {
                        c.Speaker = finder.PersonOfNationalityAt(SkipSpaces(doc.Text, AfterAdverbialIncise(doc.Text, c.RuleFrom, c.RuleTo)), _counterpartHeads, CounterpartDeterminers)
                            ?? finder.Counterpart(c.RuleFrom, lastSpeaker);
                        break;
                    }
                    // "a lancé cette dernière", "a ajouté ce dernier": the last person named of that gender
                    if (c.Speaker is null && LatestPronounAfter(doc.Text, c.RuleFrom) is { } latest)
                        c.Speaker = finder.LatestPerson(c.RuleFrom, latest);
                    // "a déclaré le président américain" with no name: a title standing for a recent speaker
                    // … unless the title is an institution's ("a annoncé le ministère chilien"): no person said it
                    // "a déclaré, lors d'un point de presse tenu à l'Hôtel de Ville, la magistrate": past an adverbial incise
                    int subjectFrom = AfterAdverbialIncise(doc.Text, c.RuleFrom, c.RuleTo);
                    // "a lancé l'Italien": the one person of that nationality
                    if (c.Speaker is null) c.Speaker = finder.PersonOfDemonymAt(SkipSpaces(doc.Text, subjectFrom));
                    if (c.Speaker is null && StartsWithDefiniteArticle(doc.Text, subjectFrom))
                        c.Speaker = InstitutionAfter(doc.Text, subjectFrom) ? finder.OrganizationByHead(HeadAfter(doc.Text, subjectFrom), subjectFrom)
                            : finder.HolderOfTitleAt(subjectFrom) ?? finder.PersonIntroducedAs(subjectFrom)
                              ?? finder.ResolvePronoun(subjectFrom, lastSpeaker, lastSentence, DescriptionPronoun(doc, subjectFrom), PersonOnly(doc, subjectFrom));
                    // "a lancé le Vaudois"
                    if (c.Speaker is null) c.Speaker = PersonOfInhabitantNoun(doc, finder, subjectFrom, lastSpeaker, lastSentence);
                    break;
                case SpeakerRule.InciseAfter:
                    c.Speaker = finder.SubjectAfter(c.RuleFrom, c.RuleTo, allowInsideQuote: true);
                    if (c.Speaker is null && StartsWithDefiniteArticle(doc.Text, c.RuleFrom))
                        c.Speaker = finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, DescriptionPronoun(doc, c.RuleFrom), PersonOnly(doc, c.RuleFrom));
                    break;
                case SpeakerRule.Pronoun:
                    // "Ils estiment que…", "estiment-elles": a plural subject is not one person
                    c.Speaker = (c.Pronoun ?? c.Verb?.InvertedPronoun) is "ils" or "elles" ? null
                        : finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, c.Pronoun ?? c.Verb?.InvertedPronoun);
                    break;
                case SpeakerRule.SameSentenceSpeaker:
                    c.Speaker = previous is not null && previous.Sentence == c.Sentence && previous.Speaker is not null
                        ? previous.Speaker : finder.SubjectBefore(c.RuleFrom, c.RuleTo);
                    // "La ministre a attribué ce succès au Qatar, estimant que …": a bare title opening the sentence is its subject
                    if (c.Speaker is null && TitleWordAfterArticle(doc.Text, c.RuleFrom) is { } gender)
                        c.Speaker = finder.HolderOfTitleAt(c.RuleFrom) ?? finder.PersonIntroducedAs(c.RuleFrom) ?? finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, gender);
                    // "Celle-ci a remercié X et souligné que …", "Elle a salué X et ajouté que …": the pronoun opening the sentence
                    if (c.Speaker is null && FirstWordAt(doc.Text, c.RuleFrom) is { } opener)
                    {
                        if (_grammar.LatestFeminine.Contains(opener) || _grammar.LatestMasculine.Contains(opener))
                            c.Speaker = finder.LatestPerson(c.RuleFrom, _grammar.LatestFeminine.Contains(opener) ? "elle" : "il");
                        else if (opener is "il" or "elle" && SubjectPronouns.Contains(opener))
                            c.Speaker = finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, opener);
                    }
                    break;
                case SpeakerRule.Continuation:
                    if (previous is not null && previous.Speaker is not null && c.Sentence - SentenceOfEnd(doc, previous) <= 1)
                    {
                        c.Speaker = previous.Speaker;
                        c.SpeakerSpan = previous.SpeakerSpan;
                    }
                    // "X a pris la parole. « … »": a quotation standing alone after a sentence that opens with a person is theirs
                    else if (previous is null || SentenceOfEnd(doc, previous) < c.Sentence - 1)
                        c.Speaker = finder.SentenceSubject(c.Sentence - 1);
                    break;
                case SpeakerRule.Signature:
                    c.Speaker = finder.SubjectAfter(c.RuleFrom, c.RuleTo) is { } signed && doc.Entities[signed].Kind == EntityKind.Person ? signed : null;
                    break;
                case SpeakerRule.Relative:
                    c.Speaker = finder.RelativeAntecedent(c.RuleFrom);
                    break;
                case SpeakerRule.Description:
                    // "Pour la syndicaliste, « … »": the holder of that title, the person introduced so, else the person of that
                    // gender the text is about
                    c.Speaker = finder.HolderOfTitleAt(c.RuleFrom) ?? finder.PersonIntroducedAs(c.RuleFrom)
                        ?? finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, DescriptionPronoun(doc, c.RuleFrom), PersonOnly(doc, c.RuleFrom));
                    break;
                case SpeakerRule.Latest:
                    c.Speaker = finder.LatestPerson(c.RuleFrom, c.Pronoun);
                    break;
                case SpeakerRule.ColonSubject:
                    // "X se dit « épuisée » : « … »": a short quotation before the colon does not hide the subject
                    c.Speaker = finder.SubjectBefore(c.RuleFrom, c.RuleTo, allowQuoteBetween: true) is { } subject
                        ? doc.Entities[subject].Kind == EntityKind.Person ? subject
                          // "Le GEM, par la voix de son président X, s'inquiète : « … »": the person the organization speaks through
                          : doc.Entities[subject].Kind == EntityKind.Organization ? finder.PersonVoicing(subject, c.Content) : null
                        : null;
                    break;
            }
            // "La CFDT a fait part de sa vigilance par la voix de Sophie X : « … »": the organization speaks through the person named
            if (c.Speaker is { } org && doc.Entities[org].Kind == EntityKind.Organization && finder.PersonVoicing(org, c.Content) is { } voice)
                c.Speaker = voice;
            // "les Premiers ministres belge, néerlandais et luxembourgeois A, B et C … le chef du gouvernement néerlandais": the
            // name of that rank in the list, whatever the document's coreference guessed for the title
            // (only when nothing else tied the title to a person: "le chef de la diplomatie espagnole" after "le ministre des Affaires
            // étrangères espagnol, X" is X, not the Spanish sports minister of an earlier list)
            if (c.Speaker is { } listedRole && doc.Entities[listedRole].Form == MentionForm.Role && NamelessCluster(doc, listedRole, nameless)
                && finder.ListedPersonOfRoleCountry(listedRole) is { } listed)
            {
                c.SpeakerSpan ??= doc.Entities[listedRole].Span;
                c.Speaker = listed;
            }
            // "Le ministre bavarois a reconnu …": an unresolved title stands for the person the article introduced with the same words
            if (c.Speaker is { } role && doc.Entities[role].Form == MentionForm.Role && NamelessCluster(doc, role, nameless)
                && (finder.PersonIntroducedAs(doc.Entities[role].Span.Start) ?? finder.ApposedNameAfter(role) ?? finder.PersonOfSameCountryTitle(role)
                    // "a résumé le patron de la FFJ": the one named head of that organization
                    ?? finder.HeadOfOrganizationNamedBy(role, _headRoles)) is { } introduced)
            {
                c.SpeakerSpan ??= doc.Entities[role].Span;
                c.Speaker = introduced;
            }
            // a title that the document does not tie to a name ("a déclaré le conseiller du ministre")
            // refers back to the speaker of the claim just before
            if (c.Speaker is { } sp && c.Rule is SpeakerRule.AfterOrAnaphoric or SpeakerRule.InciseAfter
                && doc.Entities[sp].Form == MentionForm.Role && NamelessCluster(doc, sp, nameless)
                && lastSpeaker is { } previousSpeaker && c.Sentence - lastSentence <= 2
                // "a affirmé le Premier ministre belge" does not stand for the Irish speaker just before
                && !finder.TitleContradicts(sp, previousSpeaker))
            {
                c.SpeakerSpan ??= doc.Entities[sp].Span;
                c.Speaker = lastSpeaker;
            }
            // "a tranché la responsable polonaise", "glisse la syndicaliste": a definite description that the article never tied
            // to a name stands, like a pronoun of its gender, for the person the text is about
            if (c.Speaker is { } description && c.Rule is SpeakerRule.AfterOrAnaphoric or SpeakerRule.InciseAfter
                && doc.Entities[description].Form == MentionForm.Role && NamelessCluster(doc, description, nameless)
                && (DefiniteDescriptionGender(doc.Text, doc.Entities[description].Span.Start) ?? DescriptionPronoun(doc, ArticleStartBefore(doc.Text, doc.Entities[description].Span.Start))) is { } pronoun
                && finder.ResolvePronoun(doc.Entities[description].Span.Start, lastSpeaker, lastSentence, pronoun,
                    k => !finder.TitleContradicts(description, k)) is { } person
                && doc.Entities[person].Form == MentionForm.Name)
            {
                c.SpeakerSpan ??= doc.Entities[description].Span;
                c.Speaker = person;
            }
            if (c.Speaker is not null)
            {
                c.SpeakerSpan ??= doc.Entities[c.Speaker.Value].Span;
                lastSpeaker = c.Speaker;
                lastSentence = SentenceOfEnd(doc, c);
            }
            previous = c;
        }
        // continuations whose previous claim has no speaker are dropped; so are unattributed quotations
        claims.RemoveAll(c => c.Rule is SpeakerRule.Continuation or SpeakerRule.ColonSubject or SpeakerRule.Signature or SpeakerRule.Description && c.Speaker is null);
    }

    private static readonly string[] CounterpartDeterminers = ["son", "sa", "leur"];

    private static int SkipSpaces(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    /// <summary>
    /// A mention tied to no name: alone in its cluster, or in a cluster of titles only ("le ministre italien … le ministre
    /// italien", which coreference joined with each other but with no name). Verdicts per cluster are kept in
    /// <paramref name="cache"/>, so that a long article is scanned once per cluster.
    /// </summary>
    private static bool NamelessCluster(AnalyzedDocument doc, int mentionIndex, Dictionary<int, bool> cache)
    {
        int cluster = doc.Entities[mentionIndex].ClusterId;
        if (cluster < 0) return true;
        if (!cache.TryGetValue(cluster, out bool nameless))
            cache[cluster] = nameless = !doc.Entities.Any(e => e.ClusterId == cluster && e.Form == MentionForm.Name);
        return nameless;
    }

    /// <summary>The definite noun phrase after <paramref name="from"/> is headed by an institution word (org-cues-fr.tsv: "ministère", "présidence").</summary>
    private bool InstitutionAfter(string text, int from) => _institutionHeads.Contains(HeadAfter(text, from));

    /// <summary>The first word after <paramref name="from"/> that is not an article, lower-cased.</summary>
    /// <summary>"son hôte", "sa visiteuse", "leur interlocuteur" at <paramref name="from"/>: a possessive then a counterpart noun (speech-cues.tsv).</summary>
    private bool IsCounterpartAt(string text, int from)
    {
        int p = from;
        while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        int a = p;
        while (p < text.Length && char.IsLetter(text[p])) p++;
        if (FrenchText.Lower(text.AsSpan(a, p - a)) is not ("son" or "sa" or "leur")) return false;
        while (p < text.Length && text[p] == ' ') p++;
        int b = p;
        while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '-')) p++;
        return _counterpartHeads.Contains(FrenchText.Lower(text.AsSpan(b, p - b)));
    }

    private static string HeadAfter(string text, int from)
    {
        int p = from;
        for (int guard = 0; guard < 4 && p < text.Length; guard++)
        {
            while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
            int start = p;
            while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '-')) p++;
            if (p < text.Length && FrenchText.IsApostrophe(text[p])) { p++; start = p; while (p < text.Length && char.IsLetter(text[p])) p++; }
            string w = FrenchText.Lower(text.AsSpan(start, p - start));
            if (w is "le" or "la" or "les" or "") continue;
            return w;
        }
        return "";
    }

    /// <summary>"Le ministre …", "La porte-parole …": a singular definite article then a role word (roles-fr.tsv); the pronoun
    /// ("il"/"elle") that the article's gender stands for, or null.</summary>
    private string? TitleWordAfterArticle(string text, int from)
    {
        if (_gazetteers is null) return null;
        var words = WordScanner.Scan(text, new TextSpan(from, Math.Min(text.Length, from + 40)));
        if (words.Count < 2) return null;
        string article = FrenchText.Lower(words[0].Of(text));
        if (article is not ("le" or "la")) return null;
        return _gazetteers.RoleWords.Contains(Tokenization.TextFolding.Fold(words[1].Of(text))) ? article == "la" ? "elle" : "il" : null;
    }

    /// <summary>"la" → "elle", "le" → "il": the pronoun a definite singular article right before <paramref name="at"/> agrees with;
    /// null after any other word ("une responsable", "son président").</summary>
    private static string? DefiniteDescriptionGender(string text, int at)
    {
        int p = at - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        int end = p + 1;
        while (p >= 0 && char.IsLetter(text[p])) p--;
        if (p >= 0 && char.IsLetterOrDigit(text[p])) return null;
        return FrenchText.Lower(text.AsSpan(p + 1, end - p - 1)) switch { "la" => "elle", "le" => "il", _ => null };
    }

    /// <summary>
    /// The pronoun a definite description starting at <paramref name="from"/> agrees with: its article ("la syndicaliste"),
    /// or, after an elided "l'", the gender the language layer gives its first gendered adjective or noun ("l'ancienne
    /// otage" → elle, "l'élu" → il); null when nothing tells.
    /// </summary>
    /// <summary>"a rassuré le ministre" after "selon le bulletin de l'INHP": a title or occupation stands for a person, never for the
    /// organization that spoke last; null (anything) for other descriptions ("le gouvernement").</summary>
    private Func<int, bool>? PersonOnly(AnalyzedDocument doc, int from) =>
        PersonNounAfter(doc, from) ? k => doc.Entities[k].Kind == EntityKind.Person : null;

    private static string? DescriptionPronoun(AnalyzedDocument doc, int from)
    {
        string text = doc.Text;
        int p = from;
        while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        var head = FrenchText.Lower(text.AsSpan(p, Math.Min(3, text.Length - p)));
        if (head.StartsWith("la ")) return "elle";
        if (head.StartsWith("le ")) return "il";
        if (!head.StartsWith("l'") || doc.Morphology.Length != doc.Tokens.Count) return null;
        int t = doc.TokenIndexAtOrAfter(p);
        for (int k = t + 1; k < doc.Tokens.Count && k <= t + 3; k++)
        {
            var a = doc.Morphology[k];
            if (a.Pos is not (Language.PartOfSpeech.Noun or Language.PartOfSpeech.Adjective)) break;
            if (a.Gender == Language.Gender.Feminine) return "elle";
            if (a.Gender == Language.Gender.Masculine) return "il";
        }
        return null;
    }

    /// <summary>
    /// The noun phrase at <paramref name="from"/> names a person: after its article and up to two adjectives or nouns, a title word
    /// (roles-fr.tsv) or an occupation or status noun (occupations-fr.tsv: "l'ancienne otage", "la syndicaliste"), not a
    /// thing ("la longue séance").
    /// </summary>
    private bool PersonNounAfter(AnalyzedDocument doc, int from)
    {
        if (_gazetteers is null || doc.Morphology.Length != doc.Tokens.Count) return false;
        int t = doc.TokenIndexAtOrAfter(from);
        if (t < doc.Tokens.Count && doc.Morphology[t].Pos == Language.PartOfSpeech.Determiner) t++;
        for (int k = t; k < doc.Tokens.Count && k <= t + 2; k++)
        {
            string folded = doc.Folded[k];
            if (_gazetteers.RoleWords.Contains(folded) || _gazetteers.Occupations.LongestMatch(new[] { folded }, 0, out _) == 1) return true;
            // a tagger may read "l'ancienne otage" as noun + adjective: any noun or adjective may come before the head
            if (doc.Morphology[k].Pos is not (Language.PartOfSpeech.Adjective or Language.PartOfSpeech.Noun)) return false;
        }
        return false;
    }

    /// <summary>
    /// Right after the verb, ", lors d'un point de presse, la magistrate": the offset after an adverbial phrase set off by
    /// commas (at most <see cref="MaxAdverbialInciseChars"/> characters, no other punctuation), else <paramref name="from"/>.
    /// </summary>
    private static int AfterAdverbialIncise(string text, int from, int limit)
    {
        int p = from;
        while (p < limit && char.IsWhiteSpace(text[p])) p++;
        if (p >= limit || text[p] != ',') return from;
        for (int i = p + 1; i < limit && i <= p + MaxAdverbialInciseChars; i++)
        {
            if (text[i] == ',') return i + 1;
            if (text[i] is ';' or ':' or '«' or '»' or '"' or '(' or '.') return from;
        }
        return from;
    }

    private const int MaxAdverbialInciseChars = 100;

    /// <summary>The start of an elided "l'" right before <paramref name="at"/> ("l'élue" of a mention "élue"), else <paramref name="at"/>.</summary>
    private static int ArticleStartBefore(string text, int at) =>
        at >= 2 && FrenchText.IsApostrophe(text[at - 1]) && text[at - 2] is 'l' or 'L' && (at == 2 || !char.IsLetter(text[at - 3])) ? at - 2 : at;

    /// <summary>"un"/"une"/"des" then an anonymous-source noun ("une source", "un proche") between the two offsets.</summary>
    private bool AnonymousSourceIn(string text, int from, int to)
    {
        var words = WordScanner.Scan(text, new TextSpan(from, Math.Min(to, text.Length)));
        for (int k = 0; k + 1 < words.Count; k++)
            if (FrenchText.Lower(words[k].Of(text)) is "un" or "une" or "des" && _anonymousHeads.Contains(FrenchText.Lower(words[k + 1].Of(text)))) return true;
        return false;
    }

    private static string? RelativeSpeakerAfter(string text, int from)
    {
        var rest = FrenchText.Lower(text.AsSpan(from, Math.Min(20, text.Length - from))).TrimStart();
        return rest.StartsWith("celui qui") ? "il" : rest.StartsWith("celle qui") ? "elle" : null;
    }

    /// <summary>The first word at or after <paramref name="from"/> (letters and joiners), lower case; null when none within a few characters.</summary>
    private static string? FirstWordAt(string text, int from)
    {
        int p = from;
        while (p < text.Length && p < from + 4 && !char.IsLetter(text[p])) p++;
        if (p >= text.Length || !char.IsLetter(text[p])) return null;
        int s = p;
        while (p < text.Length && (char.IsLetter(text[p]) || FrenchText.IsJoiner(text[p]) && p + 1 < text.Length && char.IsLetter(text[p + 1]))) p++;
        return FrenchText.Lower(text.AsSpan(s, p - s));
    }

    /// <summary>"a lancé cette dernière", "a dénoncé celle-ci" (claim-grammar.tsv latest-feminine/-masculine): the pronoun of the
    /// gender that the demonstrative subject right after the verb stands for; null for anything else.</summary>
    private string? LatestPronounAfter(string text, int from)
    {
        var rest = FrenchText.Lower(text.AsSpan(from, Math.Min(20, text.Length - from))).TrimStart();
        if (rest.StartsWith("cette dernière")) return "elle";
        if (rest.StartsWith("ce dernier")) return "il";
        return FirstWordAt(text, from) is not { } word ? null
            : _grammar.LatestFeminine.Contains(word) ? "elle" : _grammar.LatestMasculine.Contains(word) ? "il" : null;
    }

    /// <summary>
    /// Where the subject ends when a relative clause set off by commas stands between it and the verb ("Le président, qui avait
    /// promis des mesures en mars, a déclaré"): the comma opening the clause, when the clause closes with a comma before the verb
    /// (and its auxiliary); else <paramref name="verbStart"/>.
    /// </summary>
    private int BeforeRelativeClause(string text, int from, int verbStart)
    {
        int open = text.IndexOf(',', from, Math.Max(0, Math.Min(verbStart, from + 80) - from));
        if (open < 0) return verbStart;
        if (!_grammar.RelativePronouns.Contains(FirstWordAt(text, open + 1) ?? "")) return verbStart;
        // the clause closes with a comma followed only by the verb group (an auxiliary and adverbs at most)
        int close = text.LastIndexOf(',', Math.Max(0, verbStart - 1), Math.Max(0, verbStart - open - 1));
        if (close <= open) return verbStart;
        var tail = text.Substring(close + 1, verbStart - close - 1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tail.Length <= 2 && tail.All(w => w.All(ch => char.IsLower(ch) || ch == '-')) ? open : verbStart;
    }

    private bool BareTitleBefore(AnalyzedDocument doc, int from, int verbStart)
    {
        var parts = doc.Text.Substring(from, Math.Max(0, verbStart - from)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Le maire de la ville a assuré …", "Le procureur de la République a indiqué …": the auxiliary before the reporting verb
        // belongs to the verb, not to the title, so a title with its complement is measured without it (as "… estime que" is)
        int n = parts.Length;
        while (n > 2 && _grammar.FinderAuxiliaries.Contains(FrenchText.Lower(parts[n - 1]))) n--;
        if (n < parts.Length) parts = parts[..n];
        if (parts.Length < 2 || parts.Length > 5) return false;
        // "Les marchés ont salué …": a plural subject is no one person
        if (FrenchText.Lower(parts[0]) == "les") return false;
        for (int k = 1; k < parts.Length; k++)
            if (!parts[k].All(ch => char.IsLower(ch) || ch == '-') && !TitleComplement(parts, k)) return false;
        return true;
    }

    /// <summary>"La ministre d'État", "le ministre de l'Intérieur": a capitalised word that is the complement of the title
    /// (after "d'", "de", "du", "des" or "de l'"), not a name standing for the subject.</summary>
    private static bool TitleComplement(string[] parts, int k)
    {
        if (k < 2) return false;
        var w = parts[k];
        int apostrophe = w.IndexOfAny(['\'', '’']);
        string bare = apostrophe >= 0 ? w[(apostrophe + 1)..] : w;
        if (bare.Length == 0 || !char.IsUpper(bare[0]) || !bare.Skip(1).All(ch => char.IsLower(ch) || ch == '-')) return false;
        string elided = apostrophe >= 0 ? FrenchText.Lower(w[..apostrophe]) : "";
        string previous = FrenchText.Lower(parts[k - 1]);
        // "le procureur de la République": the complement's article stands between "de" and the capitalised word
        return elided == "d" || elided == "l" && previous == "de" || apostrophe < 0 && previous is "de" or "du" or "des"
            || apostrophe < 0 && previous == "la" && k >= 3 && FrenchText.Lower(parts[k - 2]) == "de";
    }

    private static int SentenceOfEnd(AnalyzedDocument doc, Candidate c)
    {
        int s = doc.SentenceIndexAt(Math.Max(c.Span.Start, c.Span.End - 1));
        return s >= 0 ? s : c.Sentence;
    }

    private static bool StartsWithDefiniteArticle(string text, int from)
    {
        int p = from;
        while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        // skip a weekday or adverb between the verb and its subject ("a réagi mercredi le porte-parole")
        for (int guard = 0; guard < 3; guard++)
        {
            var rest = FrenchText.Lower(text.AsSpan(p, Math.Min(4, text.Length - p)));
            if (rest.StartsWith("le ") || rest.StartsWith("la ") || rest.StartsWith("l'") || rest.StartsWith("les ")) return true;
            while (p < text.Length && char.IsLetter(text[p])) p++;
            while (p < text.Length && text[p] == ' ') p++;
        }
        return false;
    }

}
