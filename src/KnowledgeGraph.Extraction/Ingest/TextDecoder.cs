using System.Text;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>The outcome of decoding a file's bytes.</summary>
/// <param name="Text">The decoded text, or null when the file must be skipped.</param>
/// <param name="Problem">Why it was skipped, or a warning when the text was repaired (Windows-1252).</param>
/// <param name="Offset">Byte offset of the problem (first NUL byte, first invalid UTF-8 sequence).</param>
public sealed record DecodedText(string? Text, string? Problem, long? Offset, bool IsWarning);

/// <summary>
/// Turns input bytes into text. A UTF-16 or UTF-32 byte-order mark (or the every-other-byte NUL pattern of
/// UTF-16 without one) selects that encoding; otherwise strict UTF-8 (BOM stripped). A file with NUL bytes is
/// binary and skipped. A file that is not valid UTF-8 is decoded as Windows-1252 (the usual legacy encoding of
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
        // A byte-order mark names the encoding: UTF-16 and UTF-32 files (Windows editors, some exports) carry NUL
        // bytes and would otherwise look binary.
        var bom = UnicodeBom(bytes);
        if (bom is not null) return DecodeStrict(bytes, bom.Value.Encoding, bom.Value.Length, bom.Value.Name);
        if (LooksLikeUtf16WithoutBom(bytes, out var utf16))
        {
            var decoded = DecodeStrict(bytes, utf16!, 0, "UTF-16 without byte-order mark");
            if (decoded.Text is not null) return decoded with { Problem = "warning: no byte-order mark; decoded as UTF-16", Offset = 0, IsWarning = true };
        }
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return new DecodedText(null, "skipped: binary file (NUL byte)", nul, false);
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

    private static (Encoding Encoding, int Length, string Name)? UnicodeBom(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, false, true), 4, "UTF-32LE");
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return (new UTF32Encoding(true, false, true), 4, "UTF-32BE");
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false, true), 2, "UTF-16LE");
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false, true), 2, "UTF-16BE");
        return null;
    }

    /// <summary>Latin text in UTF-16 has a NUL in every other byte: at least 40% of the odd (LE) or even (BE) bytes of
    /// the first 4 KiB, and almost none on the other side.</summary>
    private static bool LooksLikeUtf16WithoutBom(byte[] b, out Encoding? encoding)
    {
        encoding = null;
        int n = Math.Min(b.Length, 4096) & ~1;
        if (n < 8) return false;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 4 && evenNul * 20 < pairs) encoding = new UnicodeEncoding(false, false, true);
        else if (evenNul * 10 >= pairs * 4 && oddNul * 20 < pairs) encoding = new UnicodeEncoding(true, false, true);
        return encoding is not null;
    }

    private static DecodedText DecodeStrict(byte[] bytes, Encoding encoding, int start, string name)
    {
        try
        {
            var text = encoding.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0')) return new DecodedText(null, $"skipped: binary file (NUL character in {name} text)", start + text.IndexOf('\0') * 2, false);
            return new DecodedText(text, null, null, false);
        }
        catch (DecoderFallbackException ex)
        {
            return new DecodedText(null, $"skipped: invalid {name} text", start + Math.Max(ex.Index, 0), false);
        }
    }
}
