using System.Text;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>The outcome of decoding a file's bytes.</summary>
/// <param name="Text">The decoded text, or null when the file must be skipped.</param>
/// <param name="Problem">Why it was skipped, or a warning when the text was repaired (Windows-1252).</param>
/// <param name="Offset">Byte offset of the problem (first NUL byte, first invalid UTF-8 sequence).</param>
public sealed record DecodedText(string? Text, string? Problem, long? Offset, bool IsWarning);

/// <summary>
/// Turns input bytes into text. Strict UTF-8 first (BOM stripped). A file with NUL bytes is binary and
/// skipped. A file that is not valid UTF-8 is decoded as Windows-1252 (the usual legacy encoding of
/// French text) with a warning naming the first bad byte offset: the article is kept, because a French
/// Windows-1252 file decodes without loss. The 1252 table is data (Resources/windows-1252.tsv).
/// </summary>
public sealed class TextDecoder
{
    private readonly char[] _cp1252High = new char[32];

    public TextDecoder(ExtractionResources resources)
    {
        for (int i = 0; i < 32; i++) _cp1252High[i] = '\uFFFD';
        foreach (var row in resources.Table("windows-1252.tsv"))
        {
            int b = Convert.ToInt32(row[0], 16);
            if (row[1] != "-") _cp1252High[b - 0x80] = (char)Convert.ToInt32(row[1], 16);
        }
    }

    public DecodedText Decode(byte[] bytes)
    {
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return new DecodedText(null, "binary file (NUL byte); skipped", nul, false);
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
            return new DecodedText(text, null, null, false);
        }
        catch (DecoderFallbackException ex)
        {
            long offset = start + (ex.Index >= 0 ? ex.Index : 0);
            var sb = new StringBuilder(bytes.Length);
            for (int i = start; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                sb.Append(b is >= 0x80 and < 0xA0 ? _cp1252High[b - 0x80] : (char)b);
            }
            return new DecodedText(sb.ToString(), "warning: not valid UTF-8; decoded as Windows-1252", offset, true);
        }
    }
}
