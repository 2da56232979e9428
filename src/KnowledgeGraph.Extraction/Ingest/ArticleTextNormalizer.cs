using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// The text the extractors read, and how its offsets map back to the text as the source gave it.
/// <see cref="SourceOffsets"/> is null when the two are the same string (nearly every article).
/// </summary>
/// <param name="Text">NFC-normalized text without invisible format characters.</param>
/// <param name="SourceOffsets">For each UTF-16 index of <paramref name="Text"/>, plus one past its end, the UTF-16
/// index in the source text where that character's source begins.</param>
public sealed record NormalizedText(string Text, int[]? SourceOffsets);

/// <summary>
/// Unicode normalization before tokenizing, done once per article: canonical composition (NFC, so that
/// "e" + U+0301 is one letter "é" and a name is never cut by a combining accent), invisible format characters
/// removed (right-to-left and left-to-right marks, zero-width spaces and joiners, word joiners, byte-order
/// marks, soft hyphens: they would otherwise split "Mahmoud\u200F Abbas" or hide inside a label), unpaired
/// surrogates replaced by U+FFFD, other control characters (except tab, CR, LF) replaced by a space. Offsets
/// are kept: every character of the result knows where it came from in the source, so the graph can point
/// into the text exactly as published.
/// </summary>
/// <remarks>
/// A zero-width joiner between two symbols (emoji sequences such as a family or a rainbow flag) is kept: it
/// carries meaning there and never touches a word.
/// </remarks>
public static class ArticleTextNormalizer
{
    public static NormalizedText Normalize(string source)
    {
        if (IsClean(source)) return new NormalizedText(source, null);
        var sb = new StringBuilder(source.Length);
        var map = new List<int>(source.Length + 1);
        int i = 0;
        while (i < source.Length)
        {
            int start = i;
            var status = Rune.DecodeFromUtf16(source.AsSpan(i), out var rune, out int used);
            i += used;
            if (status != System.Buffers.OperationStatus.Done) { Append(sb, map, "\uFFFD", start); continue; }
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Format)
            {
                if (rune.Value == 0x200D && IsSymbolAround(source, start, i)) Append(sb, map, "\u200D", start);
                continue;
            }
            if (category == UnicodeCategory.Control && rune.Value is not ('\t' or '\n' or '\r'))
            {
                Append(sb, map, " ", start);
                continue;
            }
            // a base character with the combining marks that follow it is normalized as one cluster
            while (i < source.Length && IsCombining(source, i, out int markLength)) i += markLength;
            var cluster = source.AsSpan(start, i - start);
            Append(sb, map, cluster.Length == used ? cluster.ToString() : ComposeCluster(cluster), start);
        }
        map.Add(source.Length);
        var text = sb.ToString();
        return string.Equals(text, source, StringComparison.Ordinal) ? new NormalizedText(source, null) : new NormalizedText(text, map.ToArray());
    }

    /// <summary>Normalizes a metadata string (title, author, outlet): same rules, offsets not needed.</summary>
    public static string? NormalizeField(string? value) => value is null ? null : Normalize(value).Text;

    /// <summary>Maps a [start, end) span of the normalized text back to the source text.</summary>
    public static (int Start, int End) ToSource(int[]? sourceOffsets, int start, int end)
    {
        if (sourceOffsets is null) return (start, end);
        int last = sourceOffsets.Length - 1;
        return (sourceOffsets[Math.Clamp(start, 0, last)], sourceOffsets[Math.Clamp(end, 0, last)]);
    }

    private static string ComposeCluster(ReadOnlySpan<char> cluster)
    {
        var s = cluster.ToString();
        try
        {
            return s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return s; // unreachable for well-formed clusters; never let one character stop an article
        }
    }

    private static void Append(StringBuilder sb, List<int> map, string piece, int sourceStart)
    {
        sb.Append(piece);
        for (int k = 0; k < piece.Length; k++) map.Add(sourceStart);
    }

    private static bool IsCombining(string s, int i, out int length)
    {
        var status = Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out length);
        if (status != System.Buffers.OperationStatus.Done) return false;
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsSymbolAround(string s, int joinerStart, int joinerEnd)
    {
        bool before = joinerStart > 0 && Rune.TryGetRuneAt(s, PreviousRuneStart(s, joinerStart), out var b) && IsSymbolLike(b);
        bool after = joinerEnd < s.Length && Rune.TryGetRuneAt(s, joinerEnd, out var a) && IsSymbolLike(a);
        return before && after;
    }

    private static int PreviousRuneStart(string s, int index) =>
        index >= 2 && char.IsLowSurrogate(s[index - 1]) && char.IsHighSurrogate(s[index - 2]) ? index - 2 : index - 1;

    private static bool IsSymbolLike(Rune r) =>
        Rune.GetUnicodeCategory(r) is UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark || r.Value == 0xFE0F;

    /// <summary>True when the text needs no change: the common case is decided without allocating.</summary>
    private static bool IsClean(string s)
    {
        foreach (var c in s)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r')) return false;
            if (c < 0x7F) continue;
            if (c < 0xA0 || c == '\u00AD') return false;
            if (c >= 0x0300 && (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format
                    or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                return false;
        }
        return true;
    }
}
