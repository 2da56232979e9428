using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Opens RDF text. RDF syntaxes are UTF-8: a UTF-8 BOM is accepted and skipped, other BOMs
/// (UTF-16/32) are decoded, and bytes that are not valid UTF-8 (a legacy 8-bit file) are
/// rejected with the byte offset rather than silently turned into U+FFFD.
/// </summary>
public static class RdfText
{
    public static TextReader OpenReader(Stream stream, string sourceName) =>
        new StreamReader(stream, new StrictUtf8(sourceName), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    public static TextReader OpenFile(string path) =>
        OpenReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), path);

    /// <summary>UTF-8 that throws a <see cref="RdfSyntaxException"/> naming the source on invalid bytes.</summary>
    private sealed class StrictUtf8 : UTF8Encoding
    {
        private readonly string _source;

        public StrictUtf8(string source) : base(false, true) => _source = source;

        public override Decoder GetDecoder()
        {
            var d = base.GetDecoder();
            d.Fallback = new Fallback(_source);
            return d;
        }

        private sealed class Fallback(string source) : DecoderFallback
        {
            public override int MaxCharCount => 0;

            public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(source);

            private sealed class Buffer(string source) : DecoderFallbackBuffer
            {
                public override int Remaining => 0;

                public override bool Fallback(byte[] bytesUnknown, int index) =>
                    throw new RdfSyntaxException(
                        $"input is not valid UTF-8 (byte 0x{bytesUnknown[0]:X2}); RDF text must be UTF-8 — convert it first, e.g. with iconv -f WINDOWS-1252 -t UTF-8",
                        source, 0, 0);

                public override char GetNextChar() => '\0';

                public override bool MovePrevious() => false;
            }
        }
    }
}
