using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Speakers named by a title the article used earlier to introduce them in apposition ("le maire de Toulon, X" …
/// "le maire écologiste a ajouté").</summary>
public sealed partial class SpeakerFinder
{
    /// <summary>How far back (characters) an introduction by title is looked for: several times a long article.</summary>
    private const int IntroductionWindow = 100_000;

    private string? _lowerText;

    /// <summary>
    /// "Le ministre bavarois a reconnu", "a déclaré le directeur général de l'office": the person the article introduced
    /// earlier with the same title words in apposition ("le ministre bavarois de l'Économie, Kurt Obermaier", "son
    /// directeur général, Rémi Castagnol"); the latest such introduction before <paramref name="from"/> wins. The title
    /// words are the lower-case words after the article at <paramref name="from"/>, up to a preposition or a capital.
    /// </summary>
    public int? PersonIntroducedAs(int from)
    {
        var title = TitleWordsAt(from);
        if (title.Length == 0) return null;
        // "le maire de la ville" after "le maire de Grenoble, X" (no post of the document matched the complement): the title's
        // head stands for the person introduced with it only when the article introduced exactly one person so
        if (!title.Contains(' ') && ComplementFollows(title, from, out string? named)) return OnlyPersonIntroducedWith(title, from, named);
        // "le ministre d'État": the person introduced with the whole title, else with its head ("le ministre")
        int state = title.IndexOf(" " + StateComplement, StringComparison.Ordinal);
        // (a title apposed after a name counts for the whole title only: "X, ministre de …" is no "ministre d'État")
        return PersonIntroducedWith(title, from, apposedAfter: true) ?? (state > 0 ? PersonIntroducedWith(title[..state], from, apposedAfter: false) : null)
            ?? OnlyPersonIntroducedWithHead(title, from);
    }

    /// <summary>
    /// "le maire écologiste" after "le maire de Toulon, Lucas X": a title with words the introduction did not use stands for the
    /// person introduced with its head noun ("maire"), when the article introduced exactly one person so; null otherwise
    /// ("le ministre italien" among several ministers stays unresolved here).
    /// </summary>
    private int? OnlyPersonIntroducedWithHead(string title, int from)
    {
        int space = title.IndexOf(' ');
        if (space <= 0) return null;
        string head = title[..space];
        // "la ministre finlandaise", "le ministre français": a nationality says which one, the head noun alone cannot
        if (_gazetteers is not null && title[(space + 1)..].Split(' ').Any(w => _gazetteers.Nationalities.ContainsKey(Tokenization.TextFolding.Fold(w))))
            return null;
        // "Le secrétaire général adjoint de l'UGTT, X, a affirmé", "L'entraîneur toulousain X": the title introduces the name
        // right after it, it does not stand for someone named before
        int titleAt = FrenchText.Lower(_doc.Text.AsSpan(from, Math.Min(_doc.Text.Length - from, 60))).IndexOf(head, StringComparison.Ordinal);
        if (titleAt < 0) return null;
        int titleEnd = from + titleAt + title.Length;
        for (int next = FirstMentionAtOrAfter(from + titleAt); next < _doc.Entities.Count && _doc.Entities[next].Span.Start - titleEnd <= MaxTitleToNameChars; next++)
        {
            var m = _doc.Entities[next];
            if (_doc.Text.AsSpan(titleEnd, Math.Max(0, m.Span.Start - titleEnd)).ContainsAny(".;:«»\"")) break;
            if (m.Kind == EntityKind.Person && m.Form == MentionForm.Name) return null;
        }
        string lower = _lowerText ??= FrenchText.Lower(_doc.Text);
        int? only = null;
        foreach (var (k, at) in IntroductionsWith(head, from, apposedAfter: true))
        {
            // "l'entraîneur marseillais, X": an introduction that qualified the head otherwise ("marseillais" against "toulousain")
            // is another person's title
            if (QualifierAfter(lower, at + head.Length) is { } qualifier && !title.Contains(qualifier, StringComparison.Ordinal)) return null;
            if (only is { } o && o != k && !SameCluster(o, k) && _doc.Entities[o].Text != _doc.Entities[k].Text) return null;
            only ??= k;
        }
        return only;
    }

    /// <summary>True when a "de" complement follows the title words <paramref name="title"/> standing near <paramref name="from"/>
    /// ("maire| de la ville", "procureur| de la République"), not the state complement ("ministre d'État").</summary>
    private bool ComplementFollows(string title, int from, out string? named)
    {
        named = null;
        string text = _doc.Text;
        int titleAt = FrenchText.Lower(text.AsSpan(from, Math.Min(text.Length - from, 60))).IndexOf(title, StringComparison.Ordinal);
        if (titleAt < 0) return false;
        int p = from + titleAt + title.Length;
        if (p >= text.Length || text[p] != ' ') return false;
        p++;
        int s = p;
        while (p < text.Length && char.IsLetter(text[p])) p++;
        string w = FrenchText.Lower(text.AsSpan(s, p - s));
        bool complement = w is "de" or "du" or "des" ? p < text.Length && text[p] == ' '
            : w == "d" && p < text.Length && FrenchText.IsApostrophe(text[p]) && !(p + 5 <= text.Length && FrenchText.Lower(text.AsSpan(p + 1, 4)) == "état");
        if (!complement) return false;
        // "le maire de Lyon": a named complement (its first capitalised word within the next few words)
        for (int guard = 0; guard < 3 && p < text.Length; guard++)
        {
            while (p < text.Length && (text[p] == ' ' || FrenchText.IsApostrophe(text[p]))) p++;
            s = p;
            while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '-')) p++;
            if (p == s) break;
            if (char.IsUpper(text[s])) { named = FrenchText.Lower(text.AsSpan(s, p - s)); break; }
        }
        return true;
    }

    /// <summary>The one person introduced with <paramref name="title"/> before <paramref name="from"/>; null when none or two
    /// different persons were.</summary>
    private int? OnlyPersonIntroducedWith(string title, int from, string? named)
    {
        int? only = null;
        string lower = _lowerText ??= FrenchText.Lower(_doc.Text);
        foreach (var (k, at) in IntroductionsWith(title, from, apposedAfter: true))
        {
            // "le maire de Lyon" is not the person introduced as "le maire de Grenoble": a named complement must be the introduction's
            if (named is not null && lower.IndexOf(named, at, Math.Min(lower.Length - at, title.Length + MaxTitleToNameChars), StringComparison.Ordinal) < 0) return null;
            if (only is { } o && o != k && !SameCluster(o, k) && _doc.Entities[o].Text != _doc.Entities[k].Text) return null;
            only ??= k;
        }
        return only;
    }

    /// <summary>The lower-case word right after a title's head at <paramref name="at"/> when it is no complement word ("marseillais"
    /// in "entraîneur marseillais"), else null ("de" in "maire de Toulon", a comma, a name).</summary>
    private string? QualifierAfter(string lower, int at)
    {
        string text = _doc.Text;
        int p = at;
        if (p >= text.Length || text[p] != ' ') return null;
        p++;
        int s = p;
        while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '-')) p++;
        if (p == s || !char.IsLower(text[s]) || p < text.Length && FrenchText.IsApostrophe(text[p])) return null;
        string w = lower[s..p];
        return ComplementWords.Contains(w) || w is "et" or "qui" or "a" or "est" or "avait" or "du" or "des" or "de" ? null : w;
    }

    /// <summary>"d'état" in "ministre d'État", "secrétaire d'État", "conseiller d'État": a complement that is part of the title.</summary>
    private const string StateComplement = "d'état";

    private int? PersonIntroducedWith(string title, int from, bool apposedAfter)
    {
        foreach (var (k, _) in IntroductionsWith(title, from, apposedAfter)) return k;
        return null;
    }

    /// <summary>Every person introduced with <paramref name="title"/> before <paramref name="from"/>, the latest first, with where
    /// the title stands there.</summary>
    private IEnumerable<(int Person, int At)> IntroductionsWith(string title, int from, bool apposedAfter)
    {
        string text = _doc.Text;
        from = Math.Min(from, text.Length);
        if (from == 0) yield break;
        // the lower-cased text is made once per document (lower-casing the prefix at every call was quadratic), and
        // introductions are looked for within a window far longer than any article, so a huge text stays linear
        string lower = _lowerText ??= FrenchText.Lower(text);
        char? wanted = ArticleGenderAt(from);
        int floor = Math.Max(0, from - IntroductionWindow);
        for (int at = lower.LastIndexOf(title, from - 1, StringComparison.Ordinal); at >= floor; at = at == 0 ? -1 : lower.LastIndexOf(title, at - 1, StringComparison.Ordinal))
        {
            int end = at + title.Length;
            if (at > 0 && char.IsLetter(lower[at - 1]) || end < from && char.IsLetter(lower[end])) continue;
            // "Julien X, ancien directeur des ventes, …": the title apposed after the name
            if (apposedAfter && NameBeforeApposedTitle(at) is { } named && GenderFits(named, wanted)) { yield return (named, at); continue; }
            int si = _doc.SentenceIndexAt(at);
            int limit = si >= 0 ? Math.Min(_doc.Sentences[si].End, end + MaxTitleToNameChars + 50) : end + MaxTitleToNameChars + 50;
            for (int k = FirstMentionAtOrAfter(end); k < _doc.Entities.Count && _doc.Entities[k].Span.Start < limit && _doc.Entities[k].Span.Start < from; k++)
            {
                var m = _doc.Entities[k];
                if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || InsideQuote(m.Span)) continue;
                // an apposition: the name follows the title (and its complement) after a comma or right away, with no other clause between
                var between = WithoutCivility(text.AsSpan(end, m.Span.Start - end));
                // "la ministre de l'Europe et des Affaires étrangères, X": an "et" before the apposition comma joins the title's complements
                int lastComma = between.LastIndexOf(',');
                int et = between.IndexOf(" et ", StringComparison.Ordinal);
                // a long title is only taken when its commas separate complements ("de l'Économie, des Finances et de …, X")
                bool complements = ComplementList(between);
                if (m.Span.Start - end > MaxTitleToNameChars && !complements) break;
                if (between.ContainsAny(".;«»()") || between.Count(',') > 1 && !complements || et >= 0 && (lastComma < 0 || et > lastComma)) break;
                var trimmed = between.TrimEnd();
                if (trimmed.Length > 0 && trimmed[^1] != ',' && between.Trim().Length > 0 && between.Count(',') == 0 && !between.IsWhiteSpace()) break;
                // "le ministre …" does not stand for the woman introduced as "la ministre …, X" (nor the reverse): look further back
                if (!GenderFits(k, wanted)) break;
                yield return (k, at);
                break;
            }
        }
    }

    /// <summary>
    /// "[ministre] de l'Économie, des Finances et de la Souveraineté industrielle, [X]": the commas inside a title only separate its
    /// complements — every segment after the first opens with "de", "des", "du", "d'" or "et", and the last comma comes right
    /// before the name.
    /// </summary>
    private static bool ComplementList(ReadOnlySpan<char> between)
    {
        int lastComma = between.LastIndexOf(',');
        if (lastComma < 0 || !between[(lastComma + 1)..].IsWhiteSpace()) return false;
        var segments = between[..lastComma].ToString().Split(',');
        for (int i = 1; i < segments.Length; i++)
        {
            var seg = segments[i].TrimStart();
            if (!(seg.StartsWith("de ") || seg.StartsWith("des ") || seg.StartsWith("du ") || seg.StartsWith("d'") || seg.StartsWith("d’") || seg.StartsWith("et ")
                  // "le ministre d'État, ministre de l'Agriculture, du …, X": a second title right after the first one
                  || i == 1 && SecondTitle(seg)))
                return false;
        }
        return true;
    }

    /// <summary>"ministre de l'Agriculture": one lower-case word, then a complement opening with "de", "du", "des" or "d'".</summary>
    private static bool SecondTitle(string segment)
    {
        int p = 0;
        while (p < segment.Length && (char.IsLower(segment[p]) || segment[p] == '-')) p++;
        if (p == 0 || p >= segment.Length || segment[p] != ' ') return false;
        var rest = segment.AsSpan(p + 1);
        return rest.StartsWith("de ") || rest.StartsWith("du ") || rest.StartsWith("des ") || rest.StartsWith("d'") || rest.StartsWith("d’");
    }
}
