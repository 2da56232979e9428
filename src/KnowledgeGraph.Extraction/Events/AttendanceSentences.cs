using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Attendance told apart from the meeting ("Étaient également présents X et Y"): the sentence's persons and
/// organizations join the meeting told in it or just before.
/// </summary>
internal sealed class AttendanceSentences
{
    private readonly MeetingLexicon _lexicon;

    public AttendanceSentences(MeetingLexicon lexicon) => _lexicon = lexicon;

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
    internal static int? NameInsideRole(AnalyzedDocument doc, int role)
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
}
