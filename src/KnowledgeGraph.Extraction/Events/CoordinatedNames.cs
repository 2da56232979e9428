using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Persons coordinated with a mention: "a reçu A et B", "ses homologues belge et néerlandais, A et B", "A, B et C".
/// Only names joined by a bare comma or "et" (a list of apposed names), so a new clause ("A, qui…", "A et B ont dit")
/// or a title with its own complement is never taken for one more member.
/// </summary>
internal static class CoordinatedNames
{
    /// <summary>The longest list followed (names after the first).</summary>
    private const int MaxFollowers = 6;

    /// <summary>Adds to <paramref name="result"/> the person mentions coordinated after mention <paramref name="k"/> before <paramref name="limit"/>.</summary>
    internal static void AddFollowers(AnalyzedDocument doc, SpeakerFinder finder, int k, int limit, List<int> result)
    {
        string text = doc.Text;
        int end = doc.Entities[k].Span.End;
        int added = 0;
        for (int next = k + 1; next < doc.Entities.Count && added < MaxFollowers; next++)
        {
            var m = doc.Entities[next];
            if (m.Span.Start < end) continue;
            if (m.Span.Start >= limit) break;
            var between = text.AsSpan(end, m.Span.Start - end).Trim();
            bool joined = between is "," or "et" or ", et";
            if (!joined || m.Kind != EntityKind.Person || !finder.CanSpeak(next)) break;
            if (!result.Any(r => MeetingText.SameEntity(doc, r, next))) result.Add(next);
            added++;
            // a list ends at its "et"
            if (between.EndsWith("et")) break;
            end = m.Span.End;
        }
    }
}
