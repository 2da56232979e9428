namespace KnowledgeGraph.Extraction.Model;

/// <summary>Character offsets [Start, End) into an <see cref="Article.Text"/>, so every fact traces to its text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>The span's characters in <paramref name="text"/>, without copying them (for lookups and lower-casing).</summary>
    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, Length);
}
