using System.Runtime.InteropServices;

namespace KnowledgeGraph.Extraction.Model;

/// <summary>Text kept as a slice of a longer string (an article's text) by the result records, copied only when read.</summary>
internal static class TextSlice
{
    /// <summary>The slice as a string: the string itself when the slice is all of it, else a copy.</summary>
    public static string AsString(ReadOnlyMemory<char> slice) =>
        MemoryMarshal.TryGetString(slice, out var s, out int start, out int length) && start == 0 && length == s.Length ? s : slice.ToString();
}
