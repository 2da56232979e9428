namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> by table lookup. The runtime answers it for every non-ASCII character
/// with a call into ICU, which the profile of a build showed as the largest single cost of the language layer (accented
/// letters are in most French words); the table is filled once from that very function, so results are identical.
/// </summary>
public static class InvariantCase
{
    // 64K chars (128 KiB), read-only after the type is initialised
    private static readonly char[] LowerTable = BuildLowerTable();

    private static char[] BuildLowerTable()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    /// <summary>Same result as <see cref="char.ToLowerInvariant(char)"/>.</summary>
    public static char ToLower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : LowerTable[c];
}
