using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Attendees named only by a title pinned down by a country or a complement: "le ministre sénégalais s'était entretenu",
/// "avec le président du Tchad", "reçu par le chef de la diplomatie russe". The document's layers say who holds which
/// title: the post layer may already have set the holder of that very phrase; otherwise the holder is the person the
/// article states, before the title, as holding a post of the same role word (or the same post, for a periphrasis) for the
/// same country or organization — the one spoken of last.
/// </summary>
internal sealed class TitleReferences
{
    private readonly MeetingWords _words;

    public TitleReferences(MeetingWords words) => _words = words;

    /// <summary>How far (in characters) after <c>start</c> the title may begin: a determiner and a space.</summary>
    private const int DeterminerReach = 8;

    /// <summary>
    /// The singular title with a definite or demonstrative determiner (meeting-words-fr.tsv, "title-anaphor-determiner")
    /// that starts right at <paramref name="start"/> (past its determiner) and ends before <paramref name="limit"/>, pinned
    /// down by a country or a complement, with no name apposed after it; else null.
    /// </summary>
    internal RolePhrase? BareTitleAt(AnalyzedDocument doc, int start, int limit)
    {
        foreach (int r in doc.RolePhrasesStartingIn(start, start + DeterminerReach))
        {
            var rp = doc.RolePhrases[r];
            if (rp.Span.End > limit) continue;
            if (rp.IsPlural || rp.Determiner is not { } det || !_words.TitleAnaphorDeterminers.Contains(det)) continue;
            if (doc.Text.AsSpan(start, rp.Span.Start - start).Trim().Length > DeterminerReach) continue;
            if (rp.CountryCode is null && rp.ComplementMentionIndexes.Count == 0) continue;
            if (NameApposedAfter(doc, rp.Span.End)) continue;
            return rp;
        }
        return null;
    }

    /// <summary>The person holding the post <paramref name="title"/> names, told before <paramref name="before"/>; null when the article states none.</summary>
    internal int? HolderOf(AnalyzedDocument doc, RolePhrase title, int before, List<int> taken)
    {
        // the post layer resolved this very phrase ("X a été reçue à Paris. La dirigeante nigériane a plaidé…")
        foreach (var post in doc.Posts)
            if (post.Span.Start == title.Span.Start && doc.Entities[post.HolderMentionIndex].Kind == EntityKind.Person && !taken.Any(t => SameEntity(doc, t, post.HolderMentionIndex)))
                return post.HolderMentionIndex;
        string? country = title.CountryCode;
        int? best = null;
        int bestAt = -1;
        string head = FirstWord(title.RoleLabel);
        foreach (var post in doc.Posts)
        {
            var holder = doc.Entities[post.HolderMentionIndex];
            if (holder.Kind != EntityKind.Person || holder.Span.Start >= before || post.Span.Start >= title.Span.Start || title.Span.Start - post.Span.Start > Reach) continue;
            // the same role word ("ministre" of "ministre des Pêches"), or the same post through a periphrasis ("chef de la diplomatie")
            if (post.ResolutionKey != title.ResolutionKey && FirstWord(post.RoleLabel) != head) continue;
            if (PhraseOf(doc, post.Span) is not { } stated) continue;
            // the same country ("le ministre sénégalais" for "le ministre sénégalais des Pêches, X") or the same organization
            // ("le président de la Fédération" for "le président de la Fédération, X")
            bool sameCountry = country is not null && stated.CountryCode == country;
            bool sameBody = title.ComplementMentionIndexes.Any(c => stated.ComplementMentionIndexes.Any(s => SameEntity(doc, s, c)))
                || title.ComplementMentionIndexes.Any(c => post.OrganizationMentionIndex is { } o && SameEntity(doc, o, c));
            if (!sameCountry && !sameBody) continue;
            if (taken.Any(t => SameEntity(doc, t, post.HolderMentionIndex))) continue;
            int last = LastMentionStart(doc, post.HolderMentionIndex, before);
            if (last > bestAt) { bestAt = last; best = post.HolderMentionIndex; }
        }
        return best;
    }

    /// <summary>
    /// "Le ministre chargé des Outre-mer a visité…": a singular title with a definite or demonstrative determiner starting at
    /// <paramref name="start"/> (past its determiner, before <paramref name="limit"/>), with words beyond its head ("chargé
    /// des Outre-mer") but nothing the role layer pins down, and no name apposed after it, that is word for word the title of a
    /// post the article stated before: that post's holder (the latest stated); else null. A bare "le ministre" is left to the
    /// gender rules, and a title worded otherwise than any stated post tells nothing here.
    /// </summary>
    internal int? HolderOfSameTitle(AnalyzedDocument doc, int start, int limit, List<int> taken)
    {
        // the phrases starting there, from the document's index (this is asked at every object word of every trigger)
        if (DescriptionAt(doc, start, limit) is not { } rp) return null;
        string label = FrenchText.Fold(rp.Label);
        int? best = null;
        foreach (var post in doc.Posts)
        {
            var holder = doc.Entities[post.HolderMentionIndex];
            if (holder.Kind != EntityKind.Person || holder.Span.Start >= rp.Span.Start || post.Span.Start >= rp.Span.Start) continue;
            if (PhraseOf(doc, post.Span) is not { } stated || stated.Span.Start == rp.Span.Start || FrenchText.Fold(stated.Label) != label) continue;
            if (taken.Any(t => SameEntity(doc, t, post.HolderMentionIndex))) continue;
            best = post.HolderMentionIndex;
        }
        return best;
    }

    /// <summary>
    /// "s'est entretenue avec le président du conseil départemental", "reçu par la directrice générale de la caisse régionale":
    /// a singular description with a definite or demonstrative determiner starting at <paramref name="start"/> (past its
    /// determiner, before <paramref name="limit"/>), with words beyond its head and no name apposed after it, that the article
    /// gave word for word (same country, if any) to ONE person before it: that person; null when it gave it to nobody or to
    /// two persons (then which one is meant is not told), or when that person is already taken.
    /// </summary>
    internal int? SoleHolderOfSameTitle(AnalyzedDocument doc, HolderPosts holders, int start, int limit, List<int> taken)
    {
        if (DescriptionAt(doc, start, limit) is not { } rp) return null;
        int? sole = null;
        foreach (var (holder, told) in holders.PersonsTitled(doc, FrenchText.Fold(rp.Label), rp.CountryCode))
        {
            if (told >= rp.Span.Start) continue;
            if (sole is not null) return null;
            sole = holder;
        }
        return sole is { } one && !taken.Any(t => SameEntity(doc, t, one)) ? one : null;
    }

    /// <summary>
    /// The singular title phrase with a definite or demonstrative determiner starting at <paramref name="start"/> and ending
    /// before <paramref name="limit"/>, with words beyond its head and no name apposed after it ("le président du conseil
    /// départemental"); null when the first such phrase there is only a head ("le ministre") or is followed by its name.
    /// </summary>
    private RolePhrase? DescriptionAt(AnalyzedDocument doc, int start, int limit)
    {
        foreach (int r in doc.RolePhrasesStartingIn(start, start + DeterminerReach))
        {
            var rp = doc.RolePhrases[r];
            if (rp.Span.End > limit) continue;
            if (rp.IsPlural || rp.Determiner is not { } det || !_words.TitleAnaphorDeterminers.Contains(det)) continue;
            if (doc.Text.AsSpan(start, rp.Span.Start - start).Trim().Length > DeterminerReach) continue;
            if (rp.EndToken - rp.HeadToken < 2 || NameApposedAfter(doc, rp.Span.End)) return null;
            return rp;
        }
        return null;
    }

    /// <summary>How far (in characters) before the title the post of its holder may be stated.</summary>
    private const int Reach = 6000;

    private static string FirstWord(string label)
    {
        int space = label.IndexOf(' ');
        return FrenchText.Fold(space < 0 ? label : label[..space]);
    }

    /// <summary>The role phrase a post was read from (the post's span starts with it and may take in the apposed name).</summary>
    internal static RolePhrase? PhraseOf(AnalyzedDocument doc, TextSpan span)
    {
        foreach (int r in doc.RolePhrasesStartingIn(span.Start, span.Start))
            if (doc.RolePhrases[r].Span.End <= span.End) return doc.RolePhrases[r];
        return null;
    }

    /// <summary>"le président du Tchad, X," or "le ministre X": a person named right after the title is its holder, told by the apposition rules.</summary>
    private static bool NameApposedAfter(AnalyzedDocument doc, int end)
    {
        int at = end;
        string text = doc.Text;
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == ',')) at++;
        for (int k = doc.FirstEntityAtOrAfter(end); k < doc.Entities.Count && doc.Entities[k].Span.Start <= at + 4; k++)
            if (doc.Entities[k].Kind == EntityKind.Person && doc.Entities[k].Span.Start >= end) return true;
        return false;
    }
}
