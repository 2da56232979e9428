using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// A meeting's attendees: "entre X et Y", the subject side (verbs; nouns with a possessive or after
/// "avoir"/"participer"), "avec X", "face à X", "à X" (calls), the direct object; delegations, chairs and companions through
/// <see cref="DelegationAttendees"/>.
/// </summary>
internal sealed class AttendeeCollector
{
    private readonly MeetingLexicon _lexicon;
    private readonly MeetingWords _words;
    private readonly AttendeeReferences _references;
    private readonly MeetingClauses _clauses;
    private readonly TriggerCues _cues;
    private readonly NounPhraseLists _lists;
    private readonly DelegationAttendees _delegations;
    private readonly SubjectSides _subjects;
    private readonly TitleReferences _titles;
    private readonly CounterpartReferences _counterparts;

    public AttendeeCollector(MeetingLexicon lexicon, AttendeeReferences references, MeetingClauses clauses, TriggerCues cues, NounPhraseLists lists)
    {
        _lexicon = lexicon;
        _words = lexicon.Words;
        _references = references;
        _clauses = clauses;
        _cues = cues;
        _lists = lists;
        _delegations = new DelegationAttendees(lexicon.Words, clauses, lists);
        _subjects = new SubjectSides(lexicon.Words);
        _titles = new TitleReferences(lexicon.Words);
        _counterparts = new CounterpartReferences(lexicon);
    }

    internal List<int> Attendees(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, int afterLast, MeetingTrigger trigger, TextSpan clause, CounterpartPosts counterparts, HolderPosts holders)
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
                _lists.AddNounPhraseList(doc, words, finder, look + 1, clause.End, result);
                // "entre la ministre et le président du conseil régional, X": a bare title in the pair stands for its holder
                int named = result.Count;
                // only beside a named side: a pair of titles alone is left to the subject and object rules below
                if (named > 0) AddTitleHoldersOfPair(doc, words, finder, look + 1, clause.End, result);
                if (result.Count > named) result.Sort();
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
            // "la rencontre de M. X avec Y": past a title abbreviation
            at = _lists.PastTitleAbbreviation(text, at);
            if (at + 2 < text.Length && Tokenization.InvariantCase.ToLower(text[at]) == 'l' && FrenchText.IsApostrophe(text[at + 1])) at += 2;
            else if (at + 3 < text.Length && text.AsSpan(at, 3).Equals("la ", StringComparison.OrdinalIgnoreCase) && MentionStartingAt(doc, at) < 0) at = NextNonSpace(text, at + 3);
            int k = MentionStartingAt(doc, at);
            if (k >= 0 && finder.CanSpeak(k)) result.Add(k);
            // "la rencontre du ministre avec X", "l'entretien de la présidente avec Y": a bare title in the complement stands for the
            // person the article named with it
            else if (k < 0 && ComplementTitleHolder(doc, words, finder, afterLast, clause.End, result) is { } owner) result.Add(owner);
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
            || first > 0 && _words.PassiveAuxiliaries.Contains(FrenchText.Lower(words[first - 1].Of(text))) && SubjectSides.IsParticiple(triggerForm));
        if (takeSubject)
        {
            bool plural = allSubjects || trigger.IsVerb && _cues.IsPluralVerb(text, words, first, afterLast);
            int? pronounAt = trigger.IsVerb ? _references.SubjectPronounBefore(text, words, first, clause.Start) : null;
            // "X, qui doit se rendre à Bamako": the antecedent of the relative pronoun is the subject
            if (trigger.IsVerb && _subjects.RelativeSubjectBefore(doc, finder, words, first) is { } relativeSubject) result.Add(relativeSubject);
            else if (pronounAt is { } pos)
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
                else if (_references.ResolveSubjectPronoun(doc, finder, pos, pronoun.StartsWith("elle", StringComparison.Ordinal) ? "elle" : "il") is { } antecedent) result.Add(antecedent);
            }
            else if (plural) _subjects.AddAllSubjects(doc, finder, clause.Start, triggerStart, result);
            else if (finder.SubjectBefore(clause.Start, triggerStart, allowQuoteBetween: true) is { } s)
            {
                // "Le chef de la diplomatie, dont M. X est l'adjoint, doit se rendre…": a name in a relative aside is not the subject
                // a title mention with no name of its own ("le ministre sénégalais") stands for the holder of the post it pins down
                if (IsUnresolvedTitle(doc, s) && trigger.IsVerb && TitledSubject(doc, words, clause.Start, first, result) is { } titledRole)
                    result.Add(titledRole);
                else if (!_subjects.InRelativeAside(text, doc.Entities[s].Span.Start))
                    result.Add(_references.RoleHolderOverSubject(doc, finder, words, WordAtOrAfter(words, clause.Start), first, s, result) ?? s);
            }
            // "Le ministre sénégalais s'était entretenu…", "La veille, le président du Tchad a reçu…": a title pinned down by a
            // country or a complement stands for the holder of that post the article named
            else if (trigger.IsVerb && TitledSubject(doc, words, clause.Start, first, result) is { } titled) result.Add(titled);
            // "Le ministre s'est entretenu…": a bare title stands for the person of that gender named last, unless the article
            // states that post's holder and the person named last holds another post
            else if (trigger.IsVerb && _references.DefiniteRoleAt(text, words, WordAtOrAfter(words, clause.Start), first) is { } g
                && _references.PersonNamedBefore(doc, finder, triggerStart, g, result, _references.PersonNounInClause(text, words, WordAtOrAfter(words, clause.Start), first)) is { } holder)
                result.Add(_references.RoleHolderOverSubject(doc, finder, words, WordAtOrAfter(words, clause.Start), first, holder, result) ?? holder);
            // "La veille, la Première ministre avait reçu": the person the article names as holding that post, else by gender
            else if (trigger.IsVerb && _references.RoleHolderInClause(doc, words, WordAtOrAfter(words, clause.Start), first, result) is { } roleHolder) result.Add(roleHolder);
            else if (trigger.IsVerb && _references.DefiniteRoleInClause(text, words, WordAtOrAfter(words, clause.Start), first) is { } g2
                && _references.PersonNamedBefore(doc, finder, triggerStart, g2, result, _references.PersonNounInClause(text, words, WordAtOrAfter(words, clause.Start), first)) is { } holder2) result.Add(holder2);
            // "L'association doit rencontrer lundi le préfet": the organization the article introduced with that word
            else if (trigger.IsVerb && _references.DefiniteOrgNounBefore(doc, words, WordAtOrAfter(words, clause.Start), first) is { } body) result.Add(body);
            else if (_subjects.ComplementOrganizationBefore(doc, clause.Start, triggerStart) is { } org) result.Add(org);
            // "Il a été reçu par le roi, avant un entretien avec X": a subject pronoun opening the clause of a meeting noun
            else if (!trigger.IsVerb && WordAtOrAfter(words, clause.Start) is var open && open < first
                     && FrenchText.Lower(words[open].Of(text)) is "il" or "elle" && _references.ResolveSubjectPronoun(doc, finder, words[open].Start, FrenchText.Lower(words[open].Of(text))) is { } he)
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

        // "doit le rencontrer", "devrait la recevoir": a clitic object right before the verb stands for the person of its gender
        // named before the sentence, other than the subject
        if (trigger.IsVerb && !passive && first > 0 && _words.ObjectClitics.TryGetValue(FrenchText.Lower(words[first - 1].Of(text)), out char objectGender)
            && IsOnlySpaceBetween(text, words[first - 1].End, triggerStart) && doc.SentenceIndexAt(triggerStart) is var osi and >= 0
            && _references.PersonNamedBefore(doc, finder, doc.Sentences[osi].Start, objectGender, result) is { } clitic
            && !result.Any(k => SameEntity(doc, k, clitic)))
            result.Add(clitic);

        // "avec X", "face à X", "à X" (calls), and a verb's direct object
        List<DurationMention>? durations = null; // found when a "pendant" asks (most clauses have none)
        // "Une nouvelle réunion est prévue jeudi au siège de l'agence, avec son directeur, X": a meeting noun whose arrangement is
        // told right after it keeps its "avec" past the commas of that arrangement's date and place
        bool arranged = !trigger.IsVerb && ArrangementFollows(text, words, afterLast, clause);
        for (int j = afterLast; j < words.Count && j < afterLast + (arranged ? 25 : 12) && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            // "avec" after a comma, a new clause or another meeting word belongs to something else ("de M. X avec": the dot of
            // a title abbreviation is none)
            if (arranged && j > afterLast && !text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).ContainsAny(";:.«»\"")) { }
            else if (j > afterLast && HasPunctuation(text, words[j - 1].End, words[j].Start)
                && !(_words.TitleAbbreviationStems.Contains(words[j - 1].Of(text)) && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim() is ".")
                && !DateInsertClosesAt(text, words, triggerEnd, afterLast, j))
            {
                // "s'est entretenu au téléphone, jeudi soir, avec X": past a time between two commas
                if (DateInsertFrom(text, words, j, clause.End) is var resume and > 0) { j = resume - 1; continue; }
                break;
            }
            // "s'est entretenu pendant une heure samedi avec X": a duration does not end the search
            if (w is "pendant" && (durations ??= _lexicon.Durations.FindAll(text, clause)).Any(d => d.Span.Start >= words[j].End && d.Span.Start - words[j].End <= 12)) continue;
            if (_words.ObjectBoundaries.Contains(w)) break;
            // "a été reçu par X": the agent of a passive is the other party
            if (passive && w is "par")
            {
                int before = result.Count;
                _lists.AddNounPhraseList(doc, words, finder, j + 1, clause.End, result);
                // "reçu par le chef de la diplomatie russe": a title pinned down by a country or a complement is that post's holder
                if (NoneAttends(doc, finder, result, before) && j + 1 < words.Count && _titles.BareTitleAt(doc, words[j + 1].Start, clause.End) is { } agentTitle
                    && _titles.HolderOf(doc, agentTitle, words[j + 1].Start, result) is { } titledAgent)
                    result.Add(titledAgent);
                // "reçu par le président du conseil départemental": a description the article gave word for word to one person
                if (NoneAttends(doc, finder, result, before) && j + 1 < words.Count && _titles.SoleHolderOfSameTitle(doc, holders, words[j + 1].Start, clause.End, result) is { } describedAgent)
                    result.Add(describedAgent);
                // "doit être reçu lundi par le ministre": a bare title is the holder of that post named before, else the person
                // of that gender named last
                if (result.Count == before && _references.DefiniteRoleAt(text, words, j + 1, Math.Min(words.Count, j + 5)) is { } g
                    && (_references.HolderOfTitle(doc, words, j + 2, j + 3, words[j + 1].Start, result)
                        ?? _references.PersonNamedBefore(doc, finder, words[j + 1].Start, g, result)) is { } agent)
                    result.Add(agent);
                break;
            }
            if (j > afterLast && _lexicon.Triggers.TryMatch(text, words, j, out _, out _) && !(trigger.IsVerb && _cues.IsMeansModifier(text, words, j))) break;
            if (w is "avec" || w == "face" && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) is "à" or "au" or "aux")
            {
                int before = result.Count;
                int from = w == "face" ? j + 2 : j + 1;
                _lists.AddNounPhraseList(doc, words, finder, from, clause.End, result);
                // "avec le président du Tchad": a title pinned down by a country or a complement stands for that post's holder
                if (NoneAttends(doc, finder, result, before) && from < words.Count && _titles.BareTitleAt(doc, words[from].Start, clause.End) is { } title
                    && _titles.HolderOf(doc, title, words[from].Start, result) is { } titleHolder)
                    result.Add(titleHolder);
                // "avec le chef du gouvernement": a description with a complement the article gave word for word to one person
                if (NoneAttends(doc, finder, result, before) && from < words.Count && _titles.SoleHolderOfSameTitle(doc, holders, words[from].Start, clause.End, result) is { } described)
                    result.Add(described);
                // "avec la présidente élue": a title with no name stands for the person named earlier
                if (result.Count == before && from < words.Count && _references.DefiniteRoleAt(text, words, from, Math.Min(words.Count, from + 4)) is { } g
                    && _references.PersonNamedBefore(doc, finder, words[from].Start, g, result) is { } holder)
                    result.Add(holder);
                // "avec son homologue français": the person the article states as holding the subject's post in France
                if (result.Count == before) _counterparts.AddCounterparts(doc, counterparts, words, from, clause.End, result);
                break;
            }
            // "a téléphoné à X", "a rendu visite mardi au président X": the one called or visited
            if ((trigger.Type == MeetingType.PhoneCall && w is "à" || trigger.Lemma == "rendre visite" && w is "à" or "au" or "aux")
                && (j == afterLast || _clauses.OnlyDateWordsBetween(text, words, afterLast, j)))
            {
                _lists.AddNounPhraseList(doc, words, finder, j + 1, clause.End, result);
                break;
            }
        }
        bool reflexive = first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "se" or "s'";
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" or "appeler" && !reflexive && !passive && afterLast < words.Count)
        {
            for (int k = doc.FirstEntityAtOrAfter(triggerEnd); k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < triggerEnd) continue;
                if (m.Span.Start >= clause.End) break;
                // "a reçu l'ambassadeur extraordinaire de Chine au Mali, X": a place or a complement inside the object's title is
                // no candidate, so its distance ends nothing; the name apposed after the title is measured on its own
                if (!finder.CanSpeak(k) || finder.IsComplementImmediate(m.Span))
                {
                    if (m.Span.Start > triggerEnd + MaxApposedObjectReach) break;
                    continue;
                }
                // "rencontrer le négociateur ukrainien, X, jeudi": an apposition after one comma is still the object
                bool inApposition = CommaJustBefore(text, m.Span.Start) && !HasPunctuation(text, triggerEnd, CommaBefore(text, m.Span.Start));
                // a long title before its apposed name ("rencontrer vendredi à Bercy le ministre délégué chargé du Commerce extérieur,
                // X") reaches further than a bare object
                if (m.Span.Start > triggerEnd + (inApposition ? MaxApposedObjectReach : 60)) break;
                if (HasPunctuation(text, triggerEnd, _clauses.TitleStart(text, m.Span.Start)) && !inApposition) break;
                // the verb's own object (only a preposition right before it makes it something else, above)
                if (CoordinatedNames.ApposedPersonAfter(doc, finder, k, clause.End) is { } apposed) k = apposed;
                if (!result.Contains(k)) result.Add(k);
                CoordinatedNames.AddFollowers(doc, finder, k, clause.End, result);
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
                // "a reçu mardi son homologue français": the holder of the subject's post in France
                if (_counterparts.AddCounterparts(doc, counterparts, words, j, clause.End, result)) break;
                // "a reçu le président du conseil départemental": the one person the article gave that very description
                if (_titles.SoleHolderOfSameTitle(doc, holders, words[j].Start, clause.End, result) is { } describedObject)
                {
                    if (!result.Any(r => SameEntity(doc, r, describedObject))) result.Add(describedObject);
                    break;
                }
                if (_references.DefiniteRoleAt(text, words, j, Math.Min(words.Count, j + 4)) is { } g)
                {
                    // "a reçu le ministre tchadien": the holder of the post the title pins down, else by gender
                    if (_titles.BareTitleAt(doc, words[j].Start, clause.End) is { } objectTitle && _titles.HolderOf(doc, objectTitle, words[j].Start, result) is { } titledObject)
                        result.Add(titledObject);
                    else if (_references.PersonNamedBefore(doc, finder, words[j].Start, g, result, _references.PersonNounAt(text, words, j)) is { } holder) result.Add(holder);
                    break;
                }
                if (!_clauses.IsDateWord(FrenchText.Lower(words[j].Of(text)))) break;
            }
        // "réunion des ministres de la Défense des pays membres de l'Unesco": the organization meeting
        if (trigger.Type == MeetingType.MinisterialMeeting || trigger.Lemma is "réunion" or "se réunir")
            for (int k = doc.FirstEntityAtOrAfter(triggerEnd); k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < triggerEnd) continue;
                if (m.Span.Start > triggerEnd + 80 || m.Span.Start >= clause.End || HasPunctuation(text, triggerEnd, m.Span.Start)) break;
                if (m.Kind == EntityKind.Organization && finder.IsGenitive(m.Span) && !result.Contains(k)) { result.Add(k); break; }
            }
        // "a reçu les négociateurs de l'Aosis, emmenés par X", "a rencontré des responsables de la CSL", "co-présidées par X et
        // Y", "qu'elle devait présider": delegations, leaders and chairs named around the trigger
        _delegations.AddDelegationsAndChairs(doc, words, finder, first, afterLast, trigger, clause, result);
        // "X, accompagné de Y, s'est rendu…", "l'émissaire, accompagné dans sa mission de Y, pourrait rencontrer Z":
        // the companion attends too
        if (takeSubject || trigger.IsVerb) _delegations.AddCompanions(doc, words, finder, clause.Start, triggerStart, result);
        // "avec qui il a eu un long entretien": the one the relative pronoun stands for attends
        if (_subjects.RelativeWithAntecedent(doc, words, finder, first, clause) is { } relative)
        {
            // the pronoun of the relative clause is the main clause's subject, not the antecedent it follows
            if (result.RemoveAll(r => SameEntity(doc, r, relative)) > 0 && result.Count == 0
                && _references.PossessorOf(doc, finder, words, first, afterLast) is { } subject && !SameEntity(doc, subject, relative))
                result.Add(subject);
            result.Add(relative);
        }
        // "le maire de Lyon X" taken as a whole role mention: the person it names
        for (int r = 0; r < result.Count; r++)
            if (doc.Entities[result[r]].Form == MentionForm.Role && AttendanceSentences.NameInsideRole(doc, result[r]) is { } named) result[r] = named;
        result.RemoveAll(k => !finder.CanAttend(k));
        result.Sort();
        return result.Distinct().ToList();
    }

    /// <summary>
    /// "entre la ministre et X", "entre X et le recteur": each side of the pair (the word after "entre", and after an "et" of
    /// the list) that opens with a definite title and no name stands for the holder of that title the article named before.
    /// </summary>
    private void AddTitleHoldersOfPair(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int from, int clauseEnd, List<int> result)
    {
        string text = doc.Text;
        for (int j = from; j < words.Count && j < from + PairReach && words[j].Start < clauseEnd; j++)
        {
            if (j > from && FrenchText.Lower(words[j - 1].Of(text)) != "et") continue;
            // "entre le président russe et X": a title the mention layer already took for a person is that person
            if (MentionStartingAt(doc, words[j].Start) >= 0 || j + 1 < words.Count && MentionStartingAt(doc, words[j + 1].Start) >= 0) continue;
            if (TitleHolderAt(doc, words, finder, j, clauseEnd, result) is { } holder && !result.Any(r => SameEntity(doc, r, holder))) result.Add(holder);
        }
    }

    /// <summary>How many words after "entre" its pair may reach.</summary>
    private const int PairReach = 16;

    /// <summary>
    /// "la ministre", "le président du Tchad" opening at word <paramref name="j"/>, with no name of its own: the holder of that
    /// post the article stated before (a title pinned down by a country or a complement), else, for a bare title, the person of
    /// that gender named before; null when <paramref name="j"/> opens no such title.
    /// </summary>
    private int? TitleHolderAt(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int j, int limit, List<int> taken)
    {
        if (_titles.BareTitleAt(doc, words[j].Start, limit) is { } title) return _titles.HolderOf(doc, title, words[j].Start, taken);
        if (_references.DefiniteRoleAt(doc.Text, words, j, Math.Min(words.Count, j + 5)) is { } g)
            return HolderOfGender(doc, finder, _references.HolderOfTitle(doc, words, j + 1, j + 2, words[j].Start, taken), g)
                ?? _references.PersonNamedBefore(doc, finder, words[j].Start, g, taken);
        return null;
    }

    /// <summary>
    /// <paramref name="holder"/> unless the name is known to be of the other gender than the article of the title gives ("la
    /// ministre" is not the minister named "M. X"): a bare title's head says nothing of which holder of that word is meant.
    /// </summary>
    private static int? HolderOfGender(AnalyzedDocument doc, SpeakerFinder finder, int? holder, char gender)
    {
        if (holder is not { } h) return null;
        for (int k = 0; k < doc.Entities.Count; k++)
            if (SameEntity(doc, k, h) && finder.GenderOf(k) is { } known && known != gender) return null;
        return h;
    }

    /// <summary>
    /// "la rencontre du ministre", "l'entretien de la présidente": the complement right after a meeting noun (word
    /// <paramref name="de"/> is its "de"/"du") is a bare title with no name after it; the holder of that title named before.
    /// </summary>
    private int? ComplementTitleHolder(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int de, int limit, List<int> taken)
    {
        string text = doc.Text;
        if (de + 2 >= words.Count) return null;
        string first = FrenchText.Lower(words[de].Of(text));
        // "du ministre" is "de le ministre"; "de la présidente"
        char gender;
        int head;
        if (first == "du") (gender, head) = ('m', de + 1);
        else if (first == "de" && FrenchText.Lower(words[de + 1].Of(text)) == "la") (gender, head) = ('f', de + 2);
        else return null;
        if (!_lexicon.RoleHeads.Contains(FrenchText.Lower(words[head].Of(text)))) return null;
        if (head + 1 < words.Count && words[head + 1].Start < limit && !HasPunctuation(text, words[head].End, words[head + 1].Start))
        {
            // "la rencontre du ministre X avec Y": the name after the title
            if (char.IsUpper(words[head + 1].Of(text)[0]))
                return MentionStartingAt(doc, words[head + 1].Start) is var named and >= 0 && doc.Entities[named].Kind == EntityKind.Person && finder.CanSpeak(named) ? named : null;
            // "du ministre de la Santé": a complement pins the title to a post the bare title cannot tell
            if (FrenchText.Lower(words[head + 1].Of(text)) is "de" or "du" or "des" or "d'") return null;
        }
        return HolderOfGender(doc, finder, _references.HolderOfTitle(doc, words, head, head + 1, words[head].Start, taken), gender)
            ?? _references.PersonNamedBefore(doc, finder, words[head].Start, gender, taken);
    }

    /// <summary>
    /// Whether none of the mentions added from <paramref name="before"/> on names an attendee: a title mention with no name
    /// of its own and no coreference chain ("le ministre sénégalais") names nobody yet.
    /// </summary>
    private static bool NoneAttends(AnalyzedDocument doc, SpeakerFinder finder, List<int> result, int before)
    {
        for (int r = before; r < result.Count; r++)
            if (finder.CanAttend(result[r]) && !IsUnresolvedTitle(doc, result[r])) return false;
        return true;
    }

    private static bool IsUnresolvedTitle(AnalyzedDocument doc, int k) =>
        doc.Entities[k].Form == MentionForm.Role && doc.Entities[k].ClusterId < 0 && AttendanceSentences.NameInsideRole(doc, k) is null;

    /// <summary>A title pinned down by a country or a complement opening the subject (also after a fronted phrase and its comma): its holder.</summary>
    private int? TitledSubject(AnalyzedDocument doc, List<TextSpan> words, int clauseStart, int first, List<int> taken)
    {
        string text = doc.Text;
        int from = WordAtOrAfter(words, clauseStart);
        for (int j = from; j < first && j < from + 8; j++)
        {
            if (j > from && !text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')) continue;
            if (_titles.BareTitleAt(doc, words[j].Start, words[first].Start) is { } title) return _titles.HolderOf(doc, title, words[j].Start, taken);
            // "Le ministre chargé des Outre-mer a visité…": the very title a post of the article was stated with
            if (_titles.HolderOfSameTitle(doc, words[j].Start, words[first].Start, taken) is { } same) return same;
        }
        return null;
    }


    private static bool IsOnlySpaceBetween(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!char.IsWhiteSpace(text[k])) return false;
        return true;
    }

    /// <summary>
    /// "s'est entretenu au téléphone, jeudi soir, avec X": the words from <paramref name="afterLast"/> to <paramref name="j"/> are a
    /// time told between two commas right after the trigger (date words only: "mardi", "lundi matin"), so the comma before word
    /// <paramref name="j"/> closes that insert and the verb's complement goes on after it.
    /// </summary>
    private bool DateInsertClosesAt(string text, List<TextSpan> words, int triggerEnd, int afterLast, int j)
    {
        if (j - afterLast > MaxDateInsertWords || afterLast >= words.Count) return false;
        if (text.AsSpan(triggerEnd, words[afterLast].Start - triggerEnd).Trim() is not "," || text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim() is not ",")
            return false;
        // the insert closes on the complement itself ("avec", "face à", "par" of a passive, "à" of a call), not on another clause
        return FrenchText.Lower(words[j].Of(text)) is "avec" or "face" or "par" or "à" or "au" or "aux" && _clauses.OnlyDateWordsBetween(text, words, afterLast, j);
    }

    /// <summary>
    /// "…au téléphone, jeudi soir, avec X": word <paramref name="j"/>, after a comma, opens a time (date words only) closed by
    /// another comma right before the verb's complement ("avec", "face à", "par", "à"): the index of that complement's first
    /// word, where the search goes on; else -1.
    /// </summary>
    private int DateInsertFrom(string text, List<TextSpan> words, int j, int limit)
    {
        if (text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim() is not ",") return -1;
        for (int m = j + 1; m < words.Count && m <= j + MaxDateInsertWords && words[m].Start < limit; m++)
            if (text.AsSpan(words[m - 1].End, words[m].Start - words[m - 1].End).Trim() is ",")
                return FrenchText.Lower(words[m].Of(text)) is "avec" or "face" or "par" or "à" or "au" or "aux" && _clauses.OnlyDateWordsBetween(text, words, j, m) ? m : -1;
        return -1;
    }

    /// <summary>How far (in characters) after a meeting verb the name apposed to its object's title may stand.</summary>
    private const int MaxApposedObjectReach = 120;

    /// <summary>How many words a time inserted between commas after a meeting verb may hold ("lundi en fin de soirée" is left out).</summary>
    private const int MaxDateInsertWords = 3;

    /// <summary>"réunion est prévue jeudi", "rencontre, programmée mardi": a planned-status cue within the three words after a meeting noun.</summary>
    private bool ArrangementFollows(string text, List<TextSpan> words, int afterLast, TextSpan clause)
    {
        for (int j = afterLast; j < words.Count && j < afterLast + 3 && words[j].Start < clause.End; j++)
            if (_lexicon.StatusCues.TryMatch(text, words, j, out _, out var cue) && cue.Status == MeetingStatus.Planned && cue.Position != "before") return true;
        return false;
    }
}
