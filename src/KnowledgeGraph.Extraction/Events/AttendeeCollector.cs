using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// A meeting's attendees: "entre X et Y", the subject side (verbs; nouns with a possessive or after
/// "avoir"/"participer"), "avec X", "face à X", "à X" (calls), the direct object, delegations and chairs, companions.
/// </summary>
internal sealed class AttendeeCollector
{
    private readonly MeetingLexicon _lexicon;
    private readonly MeetingWords _words;
    private readonly AttendeeReferences _references;
    private readonly MeetingClauses _clauses;
    private readonly TriggerCues _cues;

    public AttendeeCollector(MeetingLexicon lexicon, AttendeeReferences references, MeetingClauses clauses, TriggerCues cues)
    {
        _lexicon = lexicon;
        _words = lexicon.Words;
        _references = references;
        _clauses = clauses;
        _cues = cues;
    }

    internal List<int> Attendees(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, int afterLast, MeetingTrigger trigger, TextSpan clause)
    {
        string text = doc.Text;
        var result = new List<int>();
        int triggerEnd = words[afterLast - 1].End;
        int triggerStart = words[first].Start;

        // "entre X et Y": exactly those, also past a modifier ("la rencontre de haut niveau prévue vendredi dans la capitale belge entre X et Y")
        int look = afterLast;
        for (; look < words.Count && look < afterLast + 12 && words[look].Start < clause.End; look++)
        {
            string w = FrenchText.Lower(words[look].Of(text));
            if (w == "entre")
            {
                AddNounPhraseList(doc, words, finder, look + 1, clause.End, result);
                if (result.Count > 0) return result;
                break;
            }
            if (w is "avec" or "face") break;
        }

        // a noun right after "de": "la rencontre de X avec Y"
        if (!trigger.IsVerb && afterLast < words.Count && FrenchText.Lower(words[afterLast].Of(text)) is "de" or "du")
        {
            int at = NextNonSpace(text, words[afterLast].End);
            // "le sommet de l'Union africaine", "la réunion de la Commission": past the article
            if (at + 2 < text.Length && Tokenization.InvariantCase.ToLower(text[at]) == 'l' && FrenchText.IsApostrophe(text[at + 1])) at += 2;
            else if (at + 3 < text.Length && text.AsSpan(at, 3).Equals("la ", StringComparison.OrdinalIgnoreCase) && MentionStartingAt(doc, at) < 0) at = NextNonSpace(text, at + 3);
            int k = MentionStartingAt(doc, at);
            if (k >= 0 && finder.CanSpeak(k)) result.Add(k);
        }

        // the subject side
        bool takeSubject = trigger.IsVerb;
        bool allSubjects = false;
        string prev = first > 0 ? FrenchText.Lower(words[first - 1].Of(text)) : "";
        if (prev.StartsWith("d'", StringComparison.Ordinal)) prev = prev[2..];
        if (!trigger.IsVerb)
        {
            if (prev is "son" or "sa" or "ses")
            {
                // "son entretien avec X": the possessor is the sentence's subject, wherever it stands
                if (_references.PossessorOf(doc, finder, words, first, afterLast) is { } owner) result.Add(owner);
            }
            else if (prev is "leur" or "leurs") { takeSubject = true; allSubjects = true; }
            else
                for (int j = first - 1; j >= 0 && j >= first - 7 && words[j].Start >= clause.Start; j--)
                {
                    string w = FrenchText.Lower(words[j].Of(text));
                    if (!_words.SubjectLinkVerbs.Contains(w)) continue;
                    takeSubject = true;
                    // "X et Y ont eu un entretien", "auront une rencontre": every subject of a plural verb
                    // "A, B ou encore C participaient à ce dîner": a plural verb of attendance too
                    allSubjects = w is "lors" or "ont" or "avaient" or "auront" || w.EndsWith("ent", StringComparison.Ordinal) || w.EndsWith("ont", StringComparison.Ordinal)
                        || j > 0 && FrenchText.Lower(words[j - 1].Of(text)) is "ont" or "avaient" or "auront";
                    break;
                }
        }
        string triggerForm = FrenchText.Lower(text.AsSpan(triggerStart, triggerEnd - triggerStart));
        bool passive = trigger.IsVerb && (triggerForm.Contains(" été ", StringComparison.Ordinal)
            // "il est reçu par X", "elle sera accueillie par X": an auxiliary of the passive right before a participle
            || first > 0 && _words.PassiveAuxiliaries.Contains(FrenchText.Lower(words[first - 1].Of(text))) && IsParticiple(triggerForm));
        if (takeSubject)
        {
            bool plural = allSubjects || trigger.IsVerb && _cues.IsPluralVerb(text, words, first, afterLast);
            int? pronounAt = trigger.IsVerb ? _references.SubjectPronounBefore(text, words, first, clause.Start) : null;
            if (pronounAt is { } pos)
            {
                string pronoun = FrenchText.Lower(text.AsSpan(pos, 4)).TrimEnd();
                if (pronoun.StartsWith("ils", StringComparison.Ordinal) || pronoun.StartsWith("elle", StringComparison.Ordinal) && text.Length > pos + 5 && text[pos + 5] == ' ' && text[pos + 4] == 's')
                {
                    _references.AddPluralAntecedents(doc, finder, pos, result);
                    // "Les deux négociateurs … : ils s'étaient déjà fait face": the two persons spoken of last
                    if (result.Count == 0 && doc.SentenceIndexAt(pos) is var ps and >= 0
                        && FrenchText.Lower(text.AsSpan(doc.Sentences[ps].Start, pos - doc.Sentences[ps].Start)).Contains("les deux ", StringComparison.Ordinal))
                        _references.AddLastTwoPersons(doc, finder, doc.Sentences[ps].Start, result);
                }
                else if (finder.ResolvePronoun(pos, null, -10, pronoun.StartsWith("elle", StringComparison.Ordinal) ? "elle" : "il") is { } antecedent) result.Add(antecedent);
            }
            else if (plural) AddAllSubjects(doc, finder, clause.Start, triggerStart, result);
            else if (finder.SubjectBefore(clause.Start, triggerStart, allowQuoteBetween: true) is { } s)
            {
                // "Le chef de la diplomatie, dont M. X est l'adjoint, doit se rendre…": a name in a relative aside is not the subject
                if (!InRelativeAside(text, doc.Entities[s].Span.Start))
                    result.Add(_references.RoleHolderOverSubject(doc, finder, words, WordAtOrAfter(words, clause.Start), first, s, result) ?? s);
            }
            // "Le ministre s'est entretenu…": a bare title stands for the person of that gender named last, unless the article
            // states that post's holder and the person named last holds another post
            else if (trigger.IsVerb && _references.DefiniteRoleAt(text, words, WordAtOrAfter(words, clause.Start), first) is { } g
                && _references.PersonNamedBefore(doc, finder, triggerStart, g, result) is { } holder)
                result.Add(_references.RoleHolderOverSubject(doc, finder, words, WordAtOrAfter(words, clause.Start), first, holder, result) ?? holder);
            // "La veille, la Première ministre avait reçu": the person the article names as holding that post, else by gender
            else if (trigger.IsVerb && _references.RoleHolderInClause(doc, words, WordAtOrAfter(words, clause.Start), first, result) is { } roleHolder) result.Add(roleHolder);
            else if (trigger.IsVerb && _references.DefiniteRoleInClause(text, words, WordAtOrAfter(words, clause.Start), first) is { } g2
                && _references.PersonNamedBefore(doc, finder, triggerStart, g2, result) is { } holder2) result.Add(holder2);
            // "L'association doit rencontrer lundi le préfet": the organization the article introduced with that word
            else if (trigger.IsVerb && _references.DefiniteOrgNounBefore(doc, words, WordAtOrAfter(words, clause.Start), first) is { } body) result.Add(body);
            else if (ComplementOrganizationBefore(doc, clause.Start, triggerStart) is { } org) result.Add(org);
            // "Il a été reçu par le roi, avant un entretien avec X": a subject pronoun opening the clause of a meeting noun
            else if (!trigger.IsVerb && WordAtOrAfter(words, clause.Start) is var open && open < first
                     && FrenchText.Lower(words[open].Of(text)) is "il" or "elle" && finder.ResolvePronoun(words[open].Start, null, -10, FrenchText.Lower(words[open].Of(text))) is { } he)
                result.Add(he);
            // "les deux hommes se sont entretenus", "les deux dirigeants ont eu un entretien": the pair named just before
            if (result.Count == 0 && plural && _references.TwoOfThemBefore(text, words, first, clause.Start) is { } pairAt)
            {
                _references.AddPluralAntecedents(doc, finder, pairAt, result);
                if (result.Count == 0) _references.AddLastTwoPersons(doc, finder, pairAt, result);
            }
            // "Lors d'une visioconférence avec Y mercredi, X a plaidé…": the main clause's subject, after the comma
            if (allSubjects && _references.FrontedLors(text, words, first, clause.Start) && !result.Any(k => doc.Entities[k].Span.Start < triggerStart)
                && _references.MainSubjectAfterComma(doc, finder, triggerEnd, clause.End) is { } main && !result.Contains(main))
                result.Add(main);
        }

        // "X l'a appelée": the object pronoun stands for the person a previous sentence is about (gender from the participle's agreement)
        if (trigger.IsVerb && triggerForm.StartsWith("l'", StringComparison.Ordinal) && doc.SentenceIndexAt(triggerStart) is var tsi and >= 0)
        {
            string pronoun = triggerForm.EndsWith('e') ? "elle" : "il";
            if ((_references.PersonNamedBefore(doc, finder, doc.Sentences[tsi].Start, pronoun == "elle" ? 'f' : 'm', result)
                 ?? finder.ResolvePronoun(doc.Sentences[tsi].Start, null, -10, pronoun)) is { } obj
                && !result.Any(k => SameEntity(doc, k, obj)))
                result.Add(obj);
        }

        // "avec X", "face à X", "à X" (calls), and a verb's direct object
        List<DurationMention>? durations = null; // found when a "pendant" asks (most clauses have none)
        for (int j = afterLast; j < words.Count && j < afterLast + 12 && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            // "avec" after a comma, a new clause or another meeting word belongs to something else
            if (j > afterLast && HasPunctuation(text, words[j - 1].End, words[j].Start)) break;
            // "s'est entretenu pendant une heure samedi avec X": a duration does not end the search
            if (w is "pendant" && (durations ??= _lexicon.Durations.FindAll(text, clause)).Any(d => d.Span.Start >= words[j].End && d.Span.Start - words[j].End <= 12)) continue;
            if (_words.ObjectBoundaries.Contains(w)) break;
            // "a été reçu par X": the agent of a passive is the other party
            if (passive && w is "par")
            {
                AddNounPhraseList(doc, words, finder, j + 1, clause.End, result);
                break;
            }
            if (j > afterLast && _lexicon.Triggers.TryMatch(text, words, j, out _, out _) && !(trigger.IsVerb && _cues.IsMeansModifier(text, words, j))) break;
            if (w is "avec" || w == "face" && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) is "à" or "au" or "aux")
            {
                int before = result.Count;
                int from = w == "face" ? j + 2 : j + 1;
                AddNounPhraseList(doc, words, finder, from, clause.End, result);
                // "avec la présidente élue": a title with no name stands for the person named earlier
                if (result.Count == before && from < words.Count && _references.DefiniteRoleAt(text, words, from, Math.Min(words.Count, from + 4)) is { } g
                    && _references.PersonNamedBefore(doc, finder, words[from].Start, g, result) is { } holder)
                    result.Add(holder);
                break;
            }
            // "a téléphoné à X", "a rendu visite mardi au président X": the one called or visited
            if ((trigger.Type == MeetingType.PhoneCall && w is "à" || trigger.Lemma == "rendre visite" && w is "à" or "au" or "aux")
                && (j == afterLast || _clauses.OnlyDateWordsBetween(text, words, afterLast, j)))
            {
                AddNounPhraseList(doc, words, finder, j + 1, clause.End, result);
                break;
            }
        }
        bool reflexive = first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "se" or "s'";
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" or "appeler" && !reflexive && !passive && afterLast < words.Count)
        {
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < triggerEnd) continue;
                if (m.Span.Start > triggerEnd + 60 || m.Span.Start >= clause.End) break;
                // "rencontrer le négociateur ukrainien, X, jeudi": an apposition after one comma is still the object
                if (HasPunctuation(text, triggerEnd, _clauses.TitleStart(text, m.Span.Start)) && !(CommaJustBefore(text, m.Span.Start) && !HasPunctuation(text, triggerEnd, CommaBefore(text, m.Span.Start)))) break;
                // the verb's own object: only a preposition right before it makes it something else
                if (!finder.CanSpeak(k) || finder.IsComplementImmediate(m.Span)) continue;
                if (!result.Contains(k)) result.Add(k);
                break;
            }
        }
        // "a reçu les présidents des groupes, dont X (LR)": the one named among them
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" or "réunir" && !passive)
            for (int j = afterLast; j + 1 < words.Count && j < afterLast + 20 && words[j].Start < clause.End; j++)
                if (FrenchText.Lower(words[j].Of(text)) == "dont" && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(','))
                {
                    // "dont la secrétaire du Syndicat des services publics (SSP), X": the person the title names, past the
                    // organization of its complement
                    int to = Math.Min(clause.End, words[j].End + 40);
                    if ((FirstMentionAfter(doc, words[j].End, Math.Min(clause.End, words[j].End + 110), k => doc.Entities[k].Kind == EntityKind.Person && finder.CanSpeak(k)
                            && !text.AsSpan(words[j].End, doc.Entities[k].Span.Start - words[j].End).ContainsAny(";:"))
                         ?? FirstMentionAfter(doc, words[j].End, to, k => finder.CanSpeak(k))) is { } named
                        && !result.Any(r => SameEntity(doc, r, named))) result.Add(named);
                    break;
                }
        // "avait reçu mardi à Bercy les deux dirigeants": the persons the article named together before
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" && !reflexive && !passive && result.Count <= 1)
            for (int j = afterLast; j + 1 < words.Count && j < afterLast + 6 && words[j].Start < clause.End; j++)
            {
                if (j > afterLast && HasPunctuation(text, words[j - 1].End, words[j].Start)) break;
                if (FrenchText.Lower(words[j].Of(text)) == "les" && FrenchText.Lower(words[j + 1].Of(text)) == "deux")
                {
                    var pair = new List<int>();
                    _references.AddPluralAntecedents(doc, finder, words[j].Start, pair, result);
                    result.AddRange(pair);
                    break;
                }
            }
        // "devait rencontrer mercredi la présidente élue": a bare title as the object stands for a person named before
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" && !reflexive && !passive && result.Count <= 1)
            for (int j = afterLast; j < words.Count && j < afterLast + 3 && words[j].Start < clause.End; j++)
            {
                if (_references.DefiniteRoleAt(text, words, j, Math.Min(words.Count, j + 4)) is { } g)
                {
                    if (_references.PersonNamedBefore(doc, finder, words[j].Start, g, result) is { } holder) result.Add(holder);
                    break;
                }
                if (!_clauses.IsDateWord(FrenchText.Lower(words[j].Of(text)))) break;
            }
        // "réunion des ministres de la Défense des pays membres de l'Unesco": the organization meeting
        if (trigger.Type == MeetingType.MinisterialMeeting || trigger.Lemma is "réunion" or "se réunir")
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < triggerEnd) continue;
                if (m.Span.Start > triggerEnd + 80 || m.Span.Start >= clause.End || HasPunctuation(text, triggerEnd, m.Span.Start)) break;
                if (m.Kind == EntityKind.Organization && finder.IsGenitive(m.Span) && !result.Contains(k)) { result.Add(k); break; }
            }
        // "a reçu les négociateurs de l'Aosis, emmenés par X", "a rencontré des responsables de la CSL", "co-présidées par X et
        // Y", "qu'elle devait présider": delegations, leaders and chairs named around the trigger
        AddDelegationsAndChairs(doc, words, finder, first, afterLast, trigger, clause, result);
        // "X, accompagné de Y, s'est rendu…", "l'émissaire, accompagné dans sa mission de Y, pourrait rencontrer Z":
        // the companion attends too
        if (takeSubject || trigger.IsVerb) AddCompanions(doc, words, finder, clause.Start, triggerStart, result);
        // "avec qui il a eu un long entretien": the one the relative pronoun stands for attends
        if (RelativeWithAntecedent(doc, words, finder, first, clause) is { } relative)
        {
            // the pronoun of the relative clause is the main clause's subject, not the antecedent it follows
            if (result.RemoveAll(r => SameEntity(doc, r, relative)) > 0 && result.Count == 0
                && _references.PossessorOf(doc, finder, words, first, afterLast) is { } subject && !SameEntity(doc, subject, relative))
                result.Add(subject);
            result.Add(relative);
        }
        // "le maire de Lyon X" taken as a whole role mention: the person it names
        for (int r = 0; r < result.Count; r++)
            if (doc.Entities[result[r]].Form == MentionForm.Role && NameInsideRole(doc, result[r]) is { } named) result[r] = named;
        result.RemoveAll(k => !finder.CanAttend(k));
        result.Sort();
        return result.Distinct().ToList();
    }

    internal void AddDelegationsAndChairs(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, int afterLast, MeetingTrigger trigger, TextSpan clause, List<int> result)
    {
        string text = doc.Text;
        int end = Math.Min(words.Count, afterLast + 25);
        for (int j = afterLast; j < end && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            // the verb's object "les négociateurs de X" / "des responsables de X": X, an organization
            if (trigger.IsVerb && j <= afterLast + 5 && _words.DelegationNouns.Contains(w) && j + 1 < words.Count
                && FrenchText.Lower(words[j + 1].Of(text)) is "de" or "du" or "des" || trigger.IsVerb && j <= afterLast + 5 && _words.DelegationNouns.Contains(w) && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)).StartsWith("d'", StringComparison.Ordinal))
            {
                if (FirstMentionAfter(doc, words[j].End, Math.Min(clause.End, words[j].End + 50), k => doc.Entities[k].Kind == EntityKind.Organization) is { } org
                    && !result.Any(r => SameEntity(doc, r, org))) result.Add(org);
                continue;
            }
            // "emmenés par X", "présidée par X", "co-présidées par X et Y"
            if (MeetingWords.StartsWithAny(w, _words.LeaderParticiplePrefixes)
                && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) == "par")
            {
                AddNounPhraseList(doc, words, finder, j + 2, clause.End, result);
                continue;
            }
            // "une réunion …, qu'elle devait présider": the chair
            if (!trigger.IsVerb && (w.StartsWith("qu'", StringComparison.Ordinal) || w == "que") && j + 3 < words.Count)
            {
                string pronoun = w == "que" ? FrenchText.Lower(words[j + 1].Of(text)) : w[3..];
                bool chairs = false;
                for (int k = j; k < j + 4 && k < words.Count; k++)
                {
                    string v = FrenchText.Lower(words[k].Of(text));
                    if (MeetingWords.StartsWithAny(v, _words.ChairVerbPrefixes)) chairs = true;
                }
                if (chairs && pronoun is "il" or "elle" && finder.ResolvePronoun(words[j].Start, null, -10, pronoun) is { } chair && !result.Any(r => SameEntity(doc, r, chair)))
                    result.Add(chair);
            }
        }
    }

    /// <summary>The first person named after "accompagné(e)(s) de/par" (within a few words) before the trigger.</summary>
    internal void AddCompanions(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int clauseStart, int triggerStart, List<int> result)
    {
        string text = doc.Text;
        for (int j = WordAtOrAfter(words, clauseStart); j < words.Count && words[j].End <= triggerStart; j++)
        {
            if (!FrenchText.Lower(words[j].Of(text)).StartsWith("accompagn", StringComparison.Ordinal)) continue;
            // "X, accompagné de Y, a rencontré Z": X heads the subject even though Y stands nearer the verb
            for (int k = doc.Entities.Count - 1; k >= 0; k--)
            {
                var m = doc.Entities[k];
                if (m.Span.End > words[j].Start) continue;
                if (m.Span.End < clauseStart || text.AsSpan(m.Span.End, words[j].Start - m.Span.End).Trim().ToString() is not ("," or "")) break;
                if (m.Kind == EntityKind.Person && finder.CanSpeak(k) && !result.Any(r => SameEntity(doc, r, k))) result.Add(k);
                break;
            }
            int limit = Math.Min(triggerStart, words[j].End + 60);
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < words[j].End) continue;
                if (m.Span.Start >= limit) break;
                if (m.Kind != EntityKind.Person || !finder.CanSpeak(k)) continue;
                int at = WordAtOrAfter(words, _clauses.TitleStart(text, m.Span.Start));
                string before = at > 0 ? FrenchText.Lower(words[at - 1].Of(text)) : "";
                if (before is "de" or "du" or "par" or "d'" || before.StartsWith("d'", StringComparison.Ordinal) || text[words[at].Start] is 'd' or 'D' && at == WordAtOrAfter(words, m.Span.Start))
                {
                    if (!result.Any(r => SameEntity(doc, r, k))) result.Add(k);
                    break;
                }
            }
        }
    }

    /// <summary>Adds the speaking mentions of a coordinated list "X, Y et Z" starting at word <paramref name="from"/>.</summary>
    internal void AddNounPhraseList(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int from, int limit, List<int> result)
    {
        if (from >= words.Count) return;
        string text = doc.Text;
        int end = limit;
        // the list ends at a stopper word or a sentence-internal punctuation other than a comma
        for (int j = from + 1; j < words.Count && words[j].Start < limit; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            bool punct = false;
            // "par M. Lindqvist": the dot of a title abbreviation ends nothing
            bool abbreviation = _words.TitleAbbreviationStems.Contains(words[j - 1].Of(text));
            for (int c = words[j - 1].End; c < words[j].Start; c++)
                if (text[c] is ';' or ':' or '(' or '«' or '"' || text[c] == '.' && !abbreviation) punct = true;
            // "avec la commissaire européenne au Commerce, X": a stopper word inside a title goes on
            if (punct || _words.NounPhraseStoppers.Contains(w) && !InsideMention(doc, words[j]) && !InsideRolePhrase(doc, words[j])) { end = words[j].Start; break; }
        }
        int start = words[from].Start;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < start) continue;
            if (m.Span.Start >= end) break;
            if (!finder.CanSpeak(k)) continue;
            bool first = m.Span.Start <= NextNonSpace(text, start) + 4 || NamedAfterOpeningTitle(doc, start, m.Span);
            if (!first && finder.IsGenitive(m.Span)) continue;
            if (!result.Contains(k)) result.Add(k);
        }
    }

    private static bool InsideRolePhrase(AnalyzedDocument doc, TextSpan word)
    {
        foreach (var rp in doc.RolePhrases)
            if (rp.Span.Start < word.Start && rp.Span.End >= word.End) return true;
        return false;
    }

    private static bool IsParticiple(string form)
    {
        string last = form.Split(' ')[^1];
        return last.EndsWith('u') || last.EndsWith("ue", StringComparison.Ordinal) || last.EndsWith("us", StringComparison.Ordinal) || last.EndsWith("ues", StringComparison.Ordinal)
            || last.EndsWith('i') || last.EndsWith("ie", StringComparison.Ordinal) || last.EndsWith("is", StringComparison.Ordinal) || last.EndsWith("ies", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Étaient également présents la ministre X et Y", "A et B ont également pris part aux discussions" (meeting-attendance-fr.tsv):
    /// the persons and organizations the sentence names attend the meeting it names, else the one told last in the two
    /// sentences before.
    /// </summary>
    internal void AddAttendance(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, List<MeetingMention> found)
    {
        string text = doc.Text;
        var firstWords = _lexicon.AttendanceFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int j = 0; j < words.Count; j++)
        {
            if (!firstWords.Contains(text.AsSpan(words[j].Start, words[j].Length))) continue;
            if (!_lexicon.Attendance.TryMatch(text, words, j, out int n, out _)) continue;
            var cue = new TextSpan(words[j].Start, words[j + n - 1].End);
            j += n - 1;
            int si = doc.SentenceIndexAt(cue.Start);
            if (si < 0 || finder.InsideQuote(cue)) continue;
            int target = -1;
            for (int p = found.Count - 1; p >= 0; p--)
            {
                int ps = doc.SentenceIndexAt(found[p].Trigger.Start);
                if (ps > si) continue;
                if (ps >= si - 2) target = p;
                break;
            }
            if (target < 0) continue;
            // "… ont également pris part à la discussion": a definite meeting noun after the cue is the meeting told before
            if (doc.SentenceIndexAt(found[target].Trigger.Start) == si && found[target].Trigger.Start > cue.End && target > 0
                && RefersBack(text, found[target].Trigger.Start) && doc.SentenceIndexAt(found[target - 1].Trigger.Start) is var prev && prev >= si - 2 && prev < si)
            {
                found.RemoveAt(target);
                target--;
            }
            var sentence = doc.Sentences[si];
            var attendees = found[target].AttendeeMentionIndexes.ToList();
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < sentence.Start) continue;
                if (m.Span.End > sentence.End) break;
                if (!finder.CanAttend(k) || finder.InsideQuote(m.Span) || m.Kind == EntityKind.Organization && finder.IsGenitive(m.Span)) continue;
                if (doc.Entities[k].Form == MentionForm.Role && NameInsideRole(doc, k) is { } named) k = named;
                if (!attendees.Any(a => SameEntity(doc, a, k))) attendees.Add(k);
            }
            attendees.Sort();
            found[target] = found[target] with { AttendeeMentionIndexes = attendees };
        }
    }

    /// <summary>"la discussion", "cette réunion", "l'entretien": a definite or demonstrative determiner right before a meeting noun.</summary>
    private static bool RefersBack(string text, int triggerStart)
    {
        int i = triggerStart - 1;
        if (i >= 1 && FrenchText.IsApostrophe(text[i]) && Tokenization.InvariantCase.ToLower(text[i - 1]) == 'l') return true;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) is "la" or "le" or "les" or "ce" or "cet" or "cette" or "ces" or "au" or "aux";
    }

    /// <summary>The person name mention that ends a role mention ("maire de Lyon X" → X).</summary>
    private static int? NameInsideRole(AnalyzedDocument doc, int role)
    {
        var span = doc.Entities[role].Span;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start >= span.End) break;
            if (k != role && m.Kind == EntityKind.Person && m.Form == MentionForm.Name && m.Span.End == span.End && m.Span.Start > span.Start) return k;
        }
        return null;
    }

    /// <summary>", dont M. X est l'adjoint,": the mention opens a relative aside (meeting-words-fr.tsv, "aside-relative") after a comma.</summary>
    private bool InRelativeAside(string text, int start)
    {
        int from = Math.Max(0, start - 16);
        int comma = text.LastIndexOf(',', start - 1 < 0 ? 0 : start - 1, start - from);
        if (comma < 0) return false;
        var between = FrenchText.Lower(text.AsSpan(comma + 1, start - comma - 1)).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.Length is >= 1 and <= 3 && _words.AsideRelatives.Contains(between[0]);
    }

    /// <summary>
    /// ", avec qui il a eu un entretien", ", avec lequel elle s'est entretenue": the mention the relative pronoun follows, just
    /// before the comma, is the other party.
    /// </summary>
    private int? RelativeWithAntecedent(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, TextSpan clause)
    {
        string text = doc.Text;
        for (int j = first - 1; j >= 1 && j >= first - 8 && words[j].Start >= clause.Start; j--)
        {
            if (!_words.RelativePronouns.Contains(FrenchText.Lower(words[j].Of(text)))) continue;
            if (!_words.RelativePrepositions.Contains(FrenchText.Lower(words[j - 1].Of(text)))) return null;
            int before = words[j - 1].Start;
            for (int k = doc.Entities.Count - 1; k >= 0; k--)
            {
                var m = doc.Entities[k];
                if (m.Span.End > before) continue;
                if (before - m.Span.End > 3 || text.AsSpan(m.Span.End, before - m.Span.End).Trim().ToString() is not ("," or "")) return null;
                return finder.CanSpeak(k) ? k : null;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// "par le chef du gouvernement X", "avec le maire de Lyon X": a name apposed to the title that opens the list is the
    /// list's head, not a complement of the title's own complement.
    /// </summary>
    private static bool NamedAfterOpeningTitle(AnalyzedDocument doc, int start, TextSpan name)
    {
        int opening = NextNonSpace(doc.Text, start);
        foreach (var rp in doc.RolePhrases)
        {
            if (rp.IsPlural || rp.Span.Start < opening || rp.Span.Start > opening + 12 || rp.Span.End > name.Start) continue;
            if (doc.Text.AsSpan(rp.Span.End, name.Start - rp.Span.End).Trim().Length == 0) return true;
        }
        return false;
    }

    internal void AddAllSubjects(AnalyzedDocument doc, SpeakerFinder finder, int clauseStart, int triggerStart, List<int> result)
    {
        int before = result.Count;
        for (int k = doc.FirstEntityAtOrAfter(clauseStart); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > triggerStart) break;
            if (finder.CanSpeak(k) && !finder.IsComplement(m.Span) && !result.Contains(k)) result.Add(k);
        }
        if (result.Count == before && ComplementOrganizationBefore(doc, clauseStart, triggerStart) is { } org) result.Add(org);
    }

    /// <summary>"les ministres de l'Unesco se sont réunis": the organization whose members met.</summary>
    internal int? ComplementOrganizationBefore(AnalyzedDocument doc, int clauseStart, int triggerStart)
    {
        int? best = null;
        for (int k = doc.FirstEntityAtOrAfter(clauseStart); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > triggerStart) break;
            if (m.Kind == EntityKind.Organization && triggerStart - m.Span.End < 100 && AfterPluralNounAndDe(doc.Text, m.Span.Start)) best = k;
        }
        return best;
    }

    /// <summary>"ministres des Affaires étrangères de l'Unesco": a plural noun phrase, then "de", then the mention.</summary>
    internal bool AfterPluralNounAndDe(string text, int start)
    {
        int i = start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i])) i -= 2; // "l'"
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        string w = end > i + 1 ? FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) : "";
        if (w is "la" or "le") { while (i >= 0 && char.IsWhiteSpace(text[i])) i--; end = i + 1; while (i >= 0 && char.IsLetter(text[i])) i--; w = end > i + 1 ? FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) : ""; }
        if (w is not ("de" or "des" or "du" or "d")) return false;
        // a plural noun among the few words before: "les ministres de la Santé de l'Unesco"
        for (int n = 0; n < 5 && i >= 0; n++)
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (e - i - 1 >= 4 && text[e - 1] is 's' or 'x') return true;
            if (i >= 0 && !char.IsWhiteSpace(text[i]) && !FrenchText.IsApostrophe(text[i])) return false;
            if (i >= 0 && FrenchText.IsApostrophe(text[i])) i--;
        }
        return false;
    }
}
