using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Attendees the text names only by reference: subject pronouns, "les deux hommes", a bare title ("la ministre")
/// or organization noun ("l'association") standing for an entity named before, possessors, named ministers.
/// </summary>
internal sealed class AttendeeReferences
{
    private readonly MeetingLexicon _lexicon;
    private readonly MeetingWords _words;

    public AttendeeReferences(MeetingLexicon lexicon)
    {
        _lexicon = lexicon;
        _words = lexicon.Words;
    }

    /// <summary>
    /// "le Conseil des ministres de l'Agriculture", "les ministres de l'Agriculture se sont réunis": the persons the
    /// article names as holding that portfolio ("la ministre portugaise de l'Agriculture, X") were there.
    /// Only when the sentence states the portfolio, so a cabinet meeting does not collect every minister.
    /// </summary>
    internal void AddNamedMinisters(AnalyzedDocument doc, HolderPosts holders, TextSpan sentence, List<int> attendees)
    {
        string said = doc.Text.Substring(sentence.Start, sentence.Length);
        int at = said.IndexOf("ministres", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return;
        string after = said.Substring(at, Math.Min(60, said.Length - at));
        var seen = new HashSet<int>();
        foreach (var k in attendees) if (doc.Entities[k].ClusterId >= 0) seen.Add(doc.Entities[k].ClusterId);
        string afterFolded = FrenchText.Fold(after);
        // the posts of the portfolios the sentence states, in post order (the portfolio head word of "ministre de
        // l'Agriculture" in the label, of "chef de la diplomatie" in the resolution key; see HolderPosts.MinisterialPortfolios)
        var stated = new List<(int Post, int Holder, int Cluster)>();
        foreach (var p in holders.MinisterialPortfolios(doc))
            if (p.Named ? after.Contains(p.Portfolio, StringComparison.Ordinal) : afterFolded.Contains(p.Portfolio, StringComparison.Ordinal))
                stated.AddRange(p.Holders);
        stated.Sort((a, b) => a.Post.CompareTo(b.Post));
        foreach (var (_, holder, cluster) in stated)
        {
            if (cluster >= 0 && !seen.Add(cluster)) continue;
            attendees.Add(holder);
        }
    }

    /// <summary>
    /// The organization holding the summits told so far: the one most summit mentions name ("le sommet de l'UA",
    /// "leur sommet"), the earliest on a tie; a summit named in passing ("en vue du sommet du G20") loses.
    /// </summary>
    internal int? SeriesOrganization(AnalyzedDocument doc, List<MeetingMention> found)
    {
        var counts = new Dictionary<int, (int Count, int First)>();
        foreach (var m in found)
        {
            if (m.Type != MeetingType.Summit) continue;
            foreach (var k in m.AttendeeMentionIndexes)
            {
                if (doc.Entities[k].Kind != EntityKind.Organization) continue;
                int id = doc.Entities[k].ClusterId >= 0 ? doc.Entities[k].ClusterId : -1 - k;
                counts[id] = counts.TryGetValue(id, out var c) ? (c.Count + 1, c.First) : (1, k);
            }
        }
        if (counts.Count == 0) return null;
        return counts.Values.OrderByDescending(v => v.Count).ThenBy(v => v.First).First().First;
    }

    /// <summary>
    /// A bare definite title opening the subject ("la Première ministre", also after a fronted "La veille,"): the
    /// holder of a post with that title stated earlier in the article (post extractor), the latest one.
    /// </summary>
    internal int? RoleHolderInClause(AnalyzedDocument doc, List<TextSpan> words, int from, int first, List<int> taken)
    {
        string text = doc.Text;
        for (int j = from; j < first && j < from + 6; j++)
        {
            if (j > from && !text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')) continue;
            if (DefiniteRoleAt(text, words, j, first) is null) continue;
            return HolderOfTitle(doc, words, j + 1, Math.Min(first, j + 3), words[j].Start, taken);
        }
        return null;
    }

    /// <summary>
    /// "Le ministre s'est entretenu…" when the subject's mention was taken for <paramref name="subject"/>: the holder of
    /// the post that title names wins only when <paramref name="subject"/> is known to hold other posts and none with that
    /// title (a person whose post the article states differently is not "le ministre"), or when <paramref name="subject"/>
    /// is the title's own mention, or when the subject has no stated post and none of the three sentences before is about
    /// them (their own post may have been missed: a person the text is speaking of keeps the title).
    /// </summary>
    internal int? RoleHolderOverSubject(AnalyzedDocument doc, SpeakerFinder finder, List<TextSpan> words, int from, int first, int subject, List<int> taken)
    {
        if (RoleHolderInClause(doc, words, from, first, taken) is not { } holder || SameEntity(doc, holder, subject)) return null;
        // the title itself is the subject's mention: the holder of the post it names is meant
        if (doc.Entities[subject].Form == MentionForm.Role) return holder;
        string holderTitle = "";
        foreach (var post in doc.Posts)
            if (post.HolderMentionIndex == holder) { holderTitle = FrenchText.Lower(post.RoleLabel); break; }
        bool anyPost = false;
        foreach (var post in doc.Posts)
        {
            if (!SameEntity(doc, post.HolderMentionIndex, subject)) continue;
            anyPost = true;
            string role = FrenchText.Lower(post.RoleLabel);
            // the subject holds a post with the same title head ("ministre …"): the subject may well be meant
            if (holderTitle.Length > 0 && FirstWord(role) == FirstWord(holderTitle)) return null;
        }
        if (anyPost) return holder;
        // no post stated for the subject: it may have been missed, so a person the last sentences are about keeps the title
        int si = doc.SentenceIndexAt(words[first].Start);
        for (int p = si - 1; p >= 0 && p >= si - 3; p--)
            if (finder.SentenceSubject(p) is { } about && SameEntity(doc, about, subject)) return null;
        return holder;
    }

    private static string FirstWord(string s)
    {
        int space = s.IndexOf(' ');
        return space < 0 ? s : s[..space];
    }

    /// <summary>
    /// The person holding the post a bare title names (words [<paramref name="titleFirst"/>, <paramref name="titleEnd"/>):
    /// among the holders of a post with that title stated before <paramref name="before"/> (post extractor), the one the
    /// text spoke of last; null when the article states no such post (then the caller's other rules decide).
    /// </summary>
    internal int? HolderOfTitle(AnalyzedDocument doc, List<TextSpan> words, int titleFirst, int titleEnd, int before, List<int> taken)
    {
        string text = doc.Text;
        // "la mairesse doit rencontrer", "le ministre a reçu": the title ends before an auxiliary or a modal
        for (int j = titleFirst + 1; j < titleEnd; j++)
            if (_words.PronounAuxiliaries.Contains(FrenchText.Lower(words[j].Of(text))) || _words.PronounGapWords.Contains(FrenchText.Lower(words[j].Of(text)))) { titleEnd = j; break; }
        if (titleFirst >= titleEnd) return null;
        string title = FrenchText.Lower(text.AsSpan(words[titleFirst].Start, words[titleEnd - 1].End - words[titleFirst].Start));
        int? best = null;
        int bestAt = -1;
        foreach (var post in doc.Posts)
        {
            var holder = doc.Entities[post.HolderMentionIndex];
            if (holder.Span.Start >= before || holder.Kind != EntityKind.Person) continue;
            string role = FrenchText.Lower(post.RoleLabel);
            // "le président ukrainien" is not the holder of "président américain": words the title adds to the role (a
            // nationality, a complement) must be the post's own
            if (!(role.StartsWith(title, StringComparison.Ordinal)
                  || title.StartsWith(role, StringComparison.Ordinal) && (title.Length == role.Length || FrenchText.Lower(post.Label).StartsWith(title, StringComparison.Ordinal)))) continue;
            if (taken.Any(t => SameEntity(doc, t, post.HolderMentionIndex))) continue;
            int last = LastMentionStart(doc, post.HolderMentionIndex, before);
            if (last > bestAt) { bestAt = last; best = post.HolderMentionIndex; }
        }
        return best;
    }

    /// <summary>"le joueur", "la romancière" at word <paramref name="at"/>: an article and an occupation no holder of a post has.</summary>
    internal bool PersonNounAt(string text, List<TextSpan> words, int at) =>
        at + 1 < words.Count && FrenchText.Lower(words[at].Of(text)) is "le" or "la" && _words.OccupationNouns.Contains(FrenchText.Lower(words[at + 1].Of(text)));

    /// <summary>Whether an occupation noun ("le joueur") opens the subject before word <paramref name="first"/>, also after a fronted phrase and its comma.</summary>
    internal bool PersonNounInClause(string text, List<TextSpan> words, int from, int first)
    {
        for (int j = from; j < first && j < from + 6; j++)
            if ((j == from || text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')) && PersonNounAt(text, words, j)) return true;
        return false;
    }

    /// <summary>"La veille, la Première ministre avait reçu": a definite role opening the subject after a fronted adverbial.</summary>
    internal char? DefiniteRoleInClause(string text, List<TextSpan> words, int from, int first)
    {
        if (DefiniteRoleAt(text, words, from, first) is { } g) return g;
        for (int j = from; j < first && j < from + 6; j++)
        {
            if (j > from && HasStrongPunctuation(text, words[j - 1].End, words[j].Start)) return null;
            if (j > from && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')
                && DefiniteRoleAt(text, words, j, first) is { } after) return after;
        }
        return null;
    }

    /// <summary>
    /// "L'association doit rencontrer…": a definite organization noun as the subject stands for the nearest earlier
    /// organization whose name holds that noun or that the article introduced with it ("l'association X").
    /// </summary>
    internal int? DefiniteOrgNounBefore(AnalyzedDocument doc, List<TextSpan> words, int from, int first)
    {
        string text = doc.Text;
        if (from >= first || first - from > 3) return null;
        string w = FrenchText.Lower(words[from].Of(text));
        string noun = w.StartsWith("l'", StringComparison.Ordinal) ? w[2..] : w is "le" or "la" && from + 1 < first ? FrenchText.Lower(words[from + 1].Of(text)) : "";
        if (!_words.OrganizationNouns.Contains(noun)) return null;
        int best = -1;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start >= words[from].Start) break;
            if (m.Kind != EntityKind.Organization) continue;
            int look = Math.Max(0, m.Span.Start - 25);
            bool introduced = FrenchText.Lower(text.AsSpan(look, m.Span.End - look)).Contains(noun, StringComparison.Ordinal)
                || m.Span.End + 25 <= text.Length && FrenchText.Lower(text.AsSpan(m.Span.End, 25)).Contains(noun, StringComparison.Ordinal);
            if (introduced) best = k;
        }
        return best >= 0 ? best : null;
    }

    /// <summary>"les deux négociateurs" when the two were named in different sentences: the last two persons named before.</summary>
    internal void AddLastTwoPersons(AnalyzedDocument doc, SpeakerFinder finder, int pos, List<int> result)
    {
        int sentence = doc.SentenceIndexAt(pos);
        if (sentence < 0) return;
        int from = doc.Sentences[Math.Max(0, sentence - 4)].Start;
        var picked = new List<int>();
        for (int k = doc.Entities.Count - 1; k >= 0 && picked.Count < 2; k--)
        {
            var m = doc.Entities[k];
            if (m.Span.Start >= pos) continue;
            if (m.Span.Start < from) break;
            if (m.Kind != EntityKind.Person || !finder.CanSpeak(k) || picked.Any(p => SameEntity(doc, p, k))) continue;
            picked.Add(k);
        }
        if (picked.Count == 2) result.AddRange(picked);
    }

    /// <summary>"les deux hommes", "les deux dirigeants" among the few words before the trigger: where "les" stands.</summary>
    internal int? TwoOfThemBefore(string text, List<TextSpan> words, int first, int clauseStart)
    {
        for (int j = first - 2; j >= 0 && j >= first - 6 && words[j].Start >= clauseStart; j--)
            if (FrenchText.Lower(words[j].Of(text)) == "les" && FrenchText.Lower(words[j + 1].Of(text)) == "deux") return words[j].Start;
        return null;
    }

    /// <summary>"Lors d'une réunion …" opening the clause (not "il a dit lors d'une réunion").</summary>
    internal bool FrontedLors(string text, List<TextSpan> words, int first, int clauseStart)
    {
        for (int j = first - 1; j >= 0 && j >= first - 4 && words[j].Start >= clauseStart; j--)
            if (FrenchText.Lower(words[j].Of(text)) == "lors")
                return j == 0 || words[j - 1].End <= clauseStart || j >= 1 && HasStrongPunctuation(text, words[j - 1].End, words[j].Start)
                    || text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains('\n');
        return false;
    }

    /// <summary>
    /// "Reçue ensuite par le Premier ministre X, Mme Y lui a transmis…": a participle opening the sentence has the main
    /// clause's subject, named after the comma that closes the participial phrase (past the mentions already taken).
    /// </summary>
    internal int? SubjectOfFrontedParticiple(AnalyzedDocument doc, SpeakerFinder finder, List<TextSpan> words, int first, int afterLast, TextSpan sentence, List<int> taken)
    {
        string text = doc.Text;
        if (words[first].Start != sentence.Start || !char.IsUpper(text[words[first].Start]) || afterLast - first != 1) return null;
        string form = FrenchText.Lower(words[first].Of(text));
        if (!(form.EndsWith('u') || form.EndsWith("ue") || form.EndsWith("us") || form.EndsWith("ues") || form.EndsWith('i') || form.EndsWith("ie") || form.EndsWith("is") || form.EndsWith("ies"))) return null;
        int from = words[first].End;
        foreach (var k in taken)
            if (doc.Entities[k].Span.Start >= from && doc.Entities[k].Span.End < sentence.End) from = Math.Max(from, doc.Entities[k].Span.End);
        int? subject = MainSubjectAfterComma(doc, finder, from, sentence.End);
        // "Reçue jeudi à Rabat par X, la ministre espagnole a répété …": a bare title after the comma is the holder of that post
        if (subject is null && text.IndexOf(',', from, Math.Max(0, sentence.End - from)) is var comma and >= 0 && comma - from <= 80
            && !HasStrongPunctuation(text, from, comma) && DefiniteTitleRightAfter(text, comma + 1))
            subject = finder.HolderOfTitleAt(comma + 1) ?? SoleHolderOfTitleHead(doc, comma + 1)
                // "Reçue par X, la responsable italienne a …": a title or person noun no post pins down is the person of the
                // gender both the article and the participle's agreement give, named before the sentence
                ?? (WordAtOrAfter(words, comma + 1) is var at && DefiniteRoleAt(text, words, at, Math.Min(words.Count, at + 4)) is { } g
                    && g == (form.EndsWith('e') || form.EndsWith("es") ? 'f' : 'm') ? PersonNamedBefore(doc, finder, sentence.Start, g, taken, PersonNounAt(text, words, at)) : null);
        return subject is { } main && !taken.Any(t => SameEntity(doc, t, main)) ? main : null;
    }

    /// <summary>The first subject-like mention after the comma that closes a fronted phrase ("Lors de …, X a dit").</summary>
    internal int? MainSubjectAfterComma(AnalyzedDocument doc, SpeakerFinder finder, int from, int clauseEnd)
    {
        int comma = doc.Text.IndexOf(',', from, Math.Max(0, clauseEnd - from));
        if (comma < 0 || HasStrongPunctuation(doc.Text, from, comma) || comma - from > 80) return null;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start <= comma) continue;
            if (m.Span.Start >= clauseEnd || m.Span.Start - comma > 60) break;
            if (finder.CanSpeak(k) && !finder.IsComplement(m.Span)) return k;
        }
        return null;
    }

    /// <summary>
    /// "la ministre", "le président élu" starting at word <paramref name="at"/> (before word <paramref name="limit"/>):
    /// the gender its article gives ('f'/'m'), or null when the words there are no bare title.
    /// </summary>
    internal char? DefiniteRoleAt(string text, List<TextSpan> words, int at, int limit)
    {
        if (at + 1 >= limit || at + 1 >= words.Count) return null;
        string article = FrenchText.Lower(words[at].Of(text));
        if (article is not ("le" or "la")) return null;
        if (!_lexicon.RoleHeads.Contains(FrenchText.Lower(words[at + 1].Of(text)))) return null;
        // a title followed by a name or a complement names someone else ("le ministre X", "la ministre de la Santé")
        for (int j = at + 2; j < limit && j < at + 4; j++)
        {
            string w = words[j].Of(text);
            if (char.IsUpper(w[0]) || FrenchText.Lower(w) is "de" or "du" or "des" or "d'") return null;
            if (HasPunctuation(text, words[j - 1].End, words[j].Start)) break;
        }
        return article == "la" ? 'f' : 'm';
    }

    /// <summary>
    /// The person a bare title or an object pronoun stands for: the nearest person mention in the eight
    /// sentences before <paramref name="pos"/> whose name is marked with that gender somewhere in the
    /// document ("Mme X", "la ministre …, X"), other than those already taken.
    /// </summary>
    internal int? PersonNamedBefore(AnalyzedDocument doc, SpeakerFinder finder, int pos, char gender, List<int> taken, bool withoutPost = false)
    {
        int sentence = doc.SentenceIndexAt(pos);
        if (sentence < 0) return null;
        // "le joueur", "la romancière" (a person noun, no title): never a person the article gives a post ("le président du
        // club" is not "le joueur"); the holders are gathered once per call
        HashSet<int>? holderClusters = null, holderMentions = null;
        if (withoutPost)
        {
            holderClusters = new HashSet<int>();
            holderMentions = new HashSet<int>();
            foreach (var post in doc.Posts)
            {
                holderMentions.Add(post.HolderMentionIndex);
                if (doc.Entities[post.HolderMentionIndex].ClusterId is var cl and >= 0) holderClusters.Add(cl);
            }
        }
        bool HoldsPost(int k) => holderMentions is not null && (holderMentions.Contains(k) || doc.Entities[k].ClusterId is var cl && cl >= 0 && holderClusters!.Contains(cl));
        var genders = new Dictionary<int, char?>();
        char? ClusterGender(int k)
        {
            int cluster = doc.Entities[k].ClusterId;
            if (cluster < 0) return finder.GenderOf(k);
            if (genders.TryGetValue(cluster, out var g)) return g;
            // the cues are heuristic: a name marked both ways says nothing
            g = null;
            bool conflict = false;
            for (int e = 0; e < doc.Entities.Count && !conflict; e++)
            {
                if (doc.Entities[e].ClusterId != cluster || doc.Entities[e].Kind != EntityKind.Person || finder.GenderOf(e) is not { } one) continue;
                if (g is { } other && other != one) conflict = true;
                g = one;
            }
            if (conflict) g = null;
            genders[cluster] = g;
            return g;
        }
        for (int s = sentence; s >= 0 && s >= sentence - 8; s--)
        {
            var span = doc.Sentences[s];
            int limit = s == sentence ? pos : span.End;
            for (int k = doc.Entities.Count - 1; k >= 0; k--)
            {
                var m = doc.Entities[k];
                if (m.Span.End > limit || m.Span.Start < span.Start || m.Kind != EntityKind.Person) continue;
                // "un communiqué de la X": a complement is no antecedent
                if (finder.InsideQuote(m.Span) || finder.IsComplement(m.Span) || taken.Any(t => SameEntity(doc, t, k)) || HoldsPost(k)) continue;
                if (ClusterGender(k) == gender) return k;
            }
        }
        // further back, the article's protagonist: the person of that gender named most often before
        var counts = new Dictionary<int, (int Count, int First)>();
        for (int k = 0; k < doc.Entities.Count && doc.Entities[k].Span.End <= pos; k++)
        {
            var m = doc.Entities[k];
            if (m.Kind != EntityKind.Person || m.ClusterId < 0 || finder.InsideQuote(m.Span) || taken.Any(t => SameEntity(doc, t, k)) || HoldsPost(k)) continue;
            if (ClusterGender(k) != gender) continue;
            counts[m.ClusterId] = counts.TryGetValue(m.ClusterId, out var c) ? (c.Count + 1, c.First) : (1, k);
        }
        int? best = null;
        int bestCount = 1; // a single mention far back is too weak
        foreach (var (cluster, c) in counts.OrderBy(p => p.Key))
            if (c.Count > bestCount) { bestCount = c.Count; best = c.First; }
        return best;
    }

    /// <summary>"il s'est rendu", "elle a rencontré": the position of a subject pronoun just before a verb trigger.</summary>
    internal int? SubjectPronounBefore(string text, List<TextSpan> words, int first, int clauseStart)
    {
        for (int j = first - 1; j >= 0 && j >= first - 5 && words[j].End > clauseStart; j--)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            // "a indiqué qu'il rencontrerait": the pronoun elided with "que" opens the reported clause
            if (w is "qu'il" or "qu'elle" or "qu'ils" or "qu'elles") return words[j].Start + 3;
            if (words[j].Start < clauseStart) return null;
            if (w is "il" or "elle" or "ils" or "elles") return words[j].Start;
            // "ils sont convenus de se rencontrer", "elle veut rencontrer"
            if (_words.PronounGapWords.Contains(w)) continue;
            if (!_words.PronounAuxiliaries.Contains(w)) return null;
        }
        return null;
    }

    /// <summary>"Ils sont convenus de se rencontrer": the persons named together in the nearest preceding sentence that names two or more.</summary>
    internal void AddPluralAntecedents(AnalyzedDocument doc, SpeakerFinder finder, int pos, List<int> result, List<int>? exclude = null)
    {
        int sentence = doc.SentenceIndexAt(pos);
        for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--)
        {
            var span = doc.Sentences[s];
            var persons = new List<int>();
            var seen = new HashSet<int>();
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < span.Start) continue;
                if (m.Span.End > span.End) break;
                if (m.Kind == EntityKind.Person && finder.CanSpeak(k) && !finder.IsComplement(m.Span) && seen.Add(m.ClusterId < 0 ? -1 - k : m.ClusterId)
                    && (exclude is null || !exclude.Any(x => SameEntity(doc, x, k)))) persons.Add(k);
            }
            if (persons.Count < 2) continue;
            foreach (var k in persons) if (!result.Contains(k)) result.Add(k);
            return;
        }
    }

    /// <summary>
    /// The possessor of "son/sa/ses" before a meeting noun: the first subject-like mention of the sentence
    /// before the noun, else the first one after the noun's phrase (after a comma).
    /// </summary>
    internal int? PossessorOf(AnalyzedDocument doc, SpeakerFinder finder, List<TextSpan> words, int first, int afterLast)
    {
        int si = doc.SentenceIndexAt(words[first].Start);
        if (si < 0) return null;
        var sentence = doc.Sentences[si];
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < sentence.Start) continue;
            if (m.Span.End > words[first].Start) break;
            if (finder.CanSpeak(k) && !finder.IsComplement(m.Span)) return k;
        }
        // "Sa rencontre avec X a duré une heure": a possessive opening the sentence is the subject's own determiner, so its
        // possessor is the one the sentence before was about (a fronted "Lors de son entretien avec X, Y…" names it after the comma)
        if (first > 0 && SentenceOpensAt(doc, si, words[first - 1].Start) && finder.SentenceSubject(si - 1) is { } about
            && doc.Entities[about].Kind == EntityKind.Person) return about;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < words[afterLast - 1].End) continue;
            if (m.Span.Start >= sentence.End) break;
            int p = m.Span.Start - 1;
            while (p >= 0 && char.IsWhiteSpace(doc.Text[p])) p--;
            if (p >= 0 && doc.Text[p] == ',' && finder.CanSpeak(k) && !finder.IsComplement(m.Span)) return k;
        }
        return null;
    }

    /// <summary>
    /// A subject pronoun opening a sentence after a sentence whose reporting verb has an inverted subject ("« … », a reconnu le
    /// ministre devant la presse. Il a ensuite eu un entretien avec X"): the speaker keeps the floor, whether named or a title
    /// the article introduced; else the usual resolution (the nearest subject of that gender).
    /// </summary>
    internal int? ResolveSubjectPronoun(AnalyzedDocument doc, SpeakerFinder finder, int pos, string pronoun)
    {
        int si = doc.SentenceIndexAt(pos);
        int? speaker = null;
        if (si > 0 && doc.SpeechVerbSites.Count > 0 && SentenceOpensAt(doc, si, pos))
        {
            var previous = doc.Sentences[si - 1];
            for (int k = doc.SpeechVerbSites.Count - 1; k >= 0; k--)
            {
                var site = doc.SpeechVerbSites[k].Span;
                if (site.Start >= previous.End) continue;
                if (site.Start < previous.Start) break;
                speaker = finder.SubjectAfter(site.End, previous.End) is { } named && doc.Entities[named].Kind == EntityKind.Person
                          && doc.Entities[named].Span.Start >= site.End && doc.Entities[named].Span.End <= previous.End
                    ? named
                    : DefiniteTitleRightAfter(doc.Text, site.End) ? finder.HolderOfTitleAt(site.End) ?? SoleHolderOfTitleHead(doc, site.End) : null;
                break;
            }
        }
        return finder.ResolvePronoun(pos, speaker, speaker is null ? -10 : si - 1, pronoun);
    }

    private static bool SentenceOpensAt(AnalyzedDocument doc, int si, int pos)
    {
        int start = NextNonSpace(doc.Text, doc.Sentences[si].Start);
        return start == pos;
    }

    /// <summary>"a reconnu le ministre", "a déclaré la présidente": a definite article and a lower-case word right after the verb.</summary>
    private static bool DefiniteTitleRightAfter(string text, int from)
    {
        int p = NextNonSpace(text, from);
        if (p + 3 >= text.Length) return false;
        if ((text[p] is 'l' or 'L') && (text[p + 1] is 'e' or 'a') && text[p + 2] == ' ') return char.IsLower(text[p + 3]);
        return (text[p] is 'l' or 'L') && FrenchText.IsApostrophe(text[p + 1]) && char.IsLower(text[p + 2]);
    }

    /// <summary>
    /// "a reconnu le ministre": the one person the article gave a post whose title starts with that head word ("ministre chargé des
    /// Outre-mer"), before <paramref name="from"/>; null when none or several persons hold such posts.
    /// </summary>
    private static int? SoleHolderOfTitleHead(AnalyzedDocument doc, int from)
    {
        string text = doc.Text;
        int p = NextNonSpace(text, from);
        p += text[p + 1] is 'e' or 'a' && text[p + 2] == ' ' ? 3 : 2;
        int end = p;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
        if (end == p) return null;
        var head = Tokenization.TextFolding.Fold(text.AsSpan(p, end - p).ToString());
        int? holder = null;
        foreach (var post in doc.Posts)
        {
            if (post.Span.Start >= from) continue;
            var label = Tokenization.TextFolding.Fold(post.RoleLabel);
            if (!label.StartsWith(head, StringComparison.Ordinal) || label.Length > head.Length && char.IsLetter(label[head.Length])) continue;
            if (holder is { } other && !SameEntity(doc, other, post.HolderMentionIndex)) return null;
            holder = post.HolderMentionIndex;
        }
        return holder;
    }
}
