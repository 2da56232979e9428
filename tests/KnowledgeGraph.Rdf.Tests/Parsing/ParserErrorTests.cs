using System.Text;
using Xunit;
using static KnowledgeGraph.Rdf.Tests.ParseHelper;

namespace KnowledgeGraph.Rdf.Tests.Parsing;

/// <summary>Bad input gives an <see cref="RdfSyntaxException"/> naming the source, the line, the column and what was expected.</summary>
public sealed class ParserErrorTests
{
    [Fact]
    public void Space_inside_an_IRI_is_reported_at_the_space()
    {
        var ex = Error(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> <http://ex/o> .\n<http://ex/a b> <http://ex/p> <http://ex/o> .\n");
        Assert.Equal("test.doc", ex.SourceName);
        Assert.Equal(2, ex.Line);
        Assert.Equal(13, ex.Column);
        Assert.Contains("invalid character space in IRI", ex.Detail);
        Assert.StartsWith("test.doc:2:13:", ex.Message);
    }

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.Turtle)]
    public void Angle_bracket_inside_an_IRI_is_rejected(RdfFormat format)
    {
        var ex = Error(format, "<http://ex/a<b> <http://ex/p> <http://ex/o> .");
        Assert.Equal(1, ex.Line);
        Assert.Equal(13, ex.Column);
        Assert.Contains("'<'", ex.Detail);
    }

    [Theory]
    [InlineData("<s> <http://ex/p> <http://ex/o> .", 1)]
    [InlineData("<http://ex/s> <p> <http://ex/o> .", 15)]
    [InlineData("<http://ex/s> <http://ex/p> \"v\"^^<dt> .", 34)]
    public void NTriples_rejects_relative_IRIs(string line, int column)
    {
        var ex = Error(RdfFormat.NTriples, line);
        Assert.Equal(column, ex.Column);
        Assert.Contains("relative IRI", ex.Detail);
    }

    [Fact]
    public void Turtle_relative_IRI_without_any_base_is_an_error()
    {
        var ex = Error(RdfFormat.Turtle, "<s> <http://ex/p> <http://ex/o> .");
        Assert.Contains("no base IRI", ex.Detail);
    }

    [Fact]
    public void Unknown_prefix_names_the_prefix_and_its_position()
    {
        var ex = Error(RdfFormat.Turtle, "@prefix ex: <http://ex/> .\nex:s ex:p foaf:name .\n");
        Assert.Equal(2, ex.Line);
        Assert.Equal(11, ex.Column);
        Assert.Contains("unknown prefix 'foaf:'", ex.Detail);
    }

    [Theory]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> \"a\\qb\" .", "invalid escape '\\q'")]
    [InlineData(RdfFormat.Turtle, "<http://ex/s> <http://ex/p> 'a\\qb' .", "invalid escape '\\q'")]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> \"\\u12\" .", "expected 4 hex digits after '\\u'")]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> \"\\U0001F60\" .", "expected 8 hex digits after '\\U'")]
    [InlineData(RdfFormat.NTriples, "<http://ex/\\u00ZZ> <http://ex/p> <http://ex/o> .", "expected 4 hex digits")]
    [InlineData(RdfFormat.NTriples, "<http://ex/\\n> <http://ex/p> <http://ex/o> .", "only \\uXXXX and \\UXXXXXXXX")]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> \"\\uD800\" .", "not a Unicode scalar value")]
    public void Bad_escapes_are_rejected(RdfFormat format, string text, string expected)
    {
        var ex = Error(format, text);
        Assert.Contains(expected, ex.Detail);
        Assert.Equal(1, ex.Line);
    }

    [Theory]
    [InlineData("\"x\"@1")]
    [InlineData("\"x\"@")]
    [InlineData("\"x\"@en-")]
    [InlineData("\"x\"@en-#")]
    public void Bad_language_tags_are_rejected(string literal)
    {
        var ex = Error(RdfFormat.NTriples, $"<http://ex/s> <http://ex/p> {literal} .");
        Assert.Contains("invalid language tag", ex.Detail);
    }

    [Fact]
    public void Language_tags_are_kept_as_written()
    {
        var q = Assert.Single(Parse(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> \"colour\"@en-GB-oxendict ."));
        var lit = Assert.IsType<LiteralNode>(q.Object);
        Assert.Equal("en-GB-oxendict", lit.Language);
        Assert.Equal(Vocabulary.RdfLangString, lit.Datatype);
    }

    [Theory]
    [InlineData("\"abc\"^^xsd:integer", "xsd:integer")]
    [InlineData("\"2025-13-45\"^^xsd:date", "xsd:date")]
    [InlineData("\"2023-02-29\"^^xsd:date", "xsd:date")]
    [InlineData("\"maybe\"^^xsd:boolean", "xsd:boolean")]
    [InlineData("\"1.5.2\"^^xsd:decimal", "xsd:decimal")]
    [InlineData("\"2025-01-01T25:00:00Z\"^^xsd:dateTime", "xsd:dateTime")]
    public void Ill_typed_literals_warn_with_position_and_throw_when_strict(string literal, string type)
    {
        var doc = $"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n<http://ex/s> <http://ex/p>\n  {literal} .\n";
        var warnings = new List<RdfSyntaxWarning>();
        var quads = Parse(RdfFormat.Turtle, doc, new RdfReaderOptions("w.ttl", OnWarning: warnings.Add));
        Assert.Single(quads);
        var w = Assert.Single(warnings);
        Assert.Equal("w.ttl", w.SourceName);
        Assert.Equal(3, w.Line);
        Assert.Equal(3, w.Column);
        Assert.Contains("ill-typed literal", w.Detail);
        Assert.Contains(type, w.Detail);

        var ex = Error(RdfFormat.Turtle, doc, new RdfReaderOptions("w.ttl", Strict: true));
        Assert.Equal(3, ex.Line);
        Assert.Contains("ill-typed literal", ex.Detail);
    }

    [Theory]
    [InlineData("\"42\"^^xsd:integer")]
    [InlineData("\"-0.5\"^^xsd:decimal")]
    [InlineData("\"1.5E-3\"^^xsd:double")]
    [InlineData("\"2024-02-29\"^^xsd:date")]
    [InlineData("\"2025-11-21T14:40:00+01:00\"^^xsd:dateTime")]
    [InlineData("\"2025\"^^xsd:gYear")]
    [InlineData("\"2025-11\"^^xsd:gYearMonth")]
    [InlineData("\"true\"^^xsd:boolean")]
    public void Well_typed_literals_do_not_warn(string literal)
    {
        var warnings = new List<RdfSyntaxWarning>();
        Parse(RdfFormat.Turtle, $"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n<http://ex/s> <http://ex/p> {literal} .",
            new RdfReaderOptions("w.ttl", OnWarning: warnings.Add, Strict: false));
        Assert.Empty(warnings);
        Parse(RdfFormat.Turtle, $"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n<http://ex/s> <http://ex/p> {literal} .",
            new RdfReaderOptions("w.ttl", Strict: true));
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-bom-{Environment.ProcessId}.nt");
        try
        {
            var body = Encoding.UTF8.GetBytes("<http://ex/s> <http://ex/p> \"caf\u00e9\" .\n");
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. body]);
            using var reader = RdfText.OpenFile(path);
            var q = Assert.Single(new NTriplesParser().Read(reader, new RdfReaderOptions(path)));
            Assert.Equal(new UriNode("http://ex/s"), q.Subject);
            Assert.Equal("caf\u00e9", ((ILiteralNode)q.Object).Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Byte_order_mark_left_in_the_text_is_skipped()
    {
        Assert.Single(Parse(RdfFormat.Turtle, "\uFEFF@prefix ex: <http://ex/> . ex:s ex:p ex:o ."));
    }

    [Fact]
    public void Windows_1252_file_is_rejected_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-cp1252-{Environment.ProcessId}.ttl");
        try
        {
            // "café" in Windows-1252: é is the single byte 0xE9, invalid as UTF-8.
            // Two good lines first, so that the reported line and byte offset are checked.
            var prefix = "<http://ex/a> <http://ex/p> \"ok\" .\n<http://ex/b> <http://ex/p> \"ok\" .\n<http://ex/s> <http://ex/p> \"caf";
            var bytes = Encoding.ASCII.GetBytes(prefix).Concat(new byte[] { 0xE9 })
                .Concat(Encoding.ASCII.GetBytes("\" .\n")).ToArray();
            File.WriteAllBytes(path, bytes);
            using var reader = RdfText.OpenFile(path);
            var ex = Assert.Throws<RdfSyntaxException>(() => new TurtleParser().Read(reader, new RdfReaderOptions(path)).ToList());
            Assert.Equal(path, ex.SourceName);
            Assert.Contains(path, ex.Message);
            Assert.Contains("not valid UTF-8", ex.Message);
            Assert.Contains("0xE9", ex.Message);
            Assert.Equal(3, ex.Line);
            Assert.Contains($"byte offset {prefix.Length}", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> \"abc")]
    [InlineData(RdfFormat.Turtle, "<http://ex/s> <http://ex/p> 'abc")]
    [InlineData(RdfFormat.Turtle, "<http://ex/s> <http://ex/p> \"\"\"abc\n\n")]
    public void Unterminated_strings_are_reported_where_they_start(RdfFormat format, string text)
    {
        var ex = Error(format, text);
        Assert.Contains("unterminated", ex.Detail);
        Assert.Equal(1, ex.Line);
        Assert.Equal(29, ex.Column);
    }

    [Fact]
    public void Line_break_inside_a_short_string_is_an_error()
    {
        var ex = Error(RdfFormat.Turtle, "<http://ex/s> <http://ex/p> \"abc\ndef\" .");
        Assert.Contains("line break", ex.Detail);
    }

    [Theory]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p>", "expected an object")]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> <http://ex/o>", "expected '.'")]
    [InlineData(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> <http://ex/o", "unterminated IRI")]
    [InlineData(RdfFormat.Turtle, "@prefix ex: <http://ex/> .\nex:s ex:p ex:o ;", "expected '.'")]
    [InlineData(RdfFormat.Turtle, "@prefix ex: <http://ex/> .\nex:s ex:p ( ex:o ", "unterminated collection")]
    [InlineData(RdfFormat.Turtle, "@prefix ex: <http://ex/> .\nex:s ex:p [ ex:q ex:o ", "expected ']'")]
    [InlineData(RdfFormat.TriG, "@prefix ex: <http://ex/> .\nex:g { ex:s ex:p ex:o .", "unterminated graph")]
    public void End_of_input_in_the_middle_of_a_statement(RdfFormat format, string text, string expected)
    {
        var ex = Error(format, text);
        Assert.Contains(expected, ex.Detail);
        Assert.Contains("end of input", ex.Detail);
    }

    [Fact]
    public void Missing_dot_names_what_was_found()
    {
        var ex = Error(RdfFormat.Turtle, "@prefix ex: <http://ex/> .\nex:s ex:p ex:o\nex:t ex:p ex:o .");
        Assert.Equal("expected '.' at the end of the triples, found 'e'", ex.Detail);
        Assert.Equal(3, ex.Line);
        Assert.Equal(1, ex.Column);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Lines_are_counted_for_every_line_end_convention(string eol)
    {
        var doc = string.Join(eol, "# comment", "<http://ex/s> <http://ex/p> <http://ex/o> .", "", "<http://ex/s> <http://ex/p> oops .");
        var ex = Error(RdfFormat.NTriples, doc);
        Assert.Equal(4, ex.Line);
        Assert.Equal(29, ex.Column);
    }

    [Fact]
    public void NTriples_statement_must_end_its_line()
    {
        var ex = Error(RdfFormat.NTriples, "<http://ex/s> <http://ex/p> <http://ex/o> . <http://ex/s> <http://ex/p> <http://ex/o> .");
        Assert.Contains("expected the end of the line", ex.Detail);
        Assert.Equal(45, ex.Column);
    }

    [Theory]
    [InlineData("\"lit\" <http://ex/p> <http://ex/o> .", "literal cannot be a subject")]
    [InlineData("<http://ex/s> _:b <http://ex/o> .", "blank node cannot be a predicate")]
    [InlineData("<http://ex/s> <http://ex/p> <http://ex/o> , .", "expected an object")]
    [InlineData("@prefix ex <http://ex/> .", "expected ':'")]
    [InlineData("@keywords a .", "unknown directive '@keywords'")]
    public void Turtle_structure_errors(string text, string expected)
    {
        Assert.Contains(expected, Error(RdfFormat.Turtle, text).Detail);
    }
}

public sealed class ParserNestingTests
{
    [Theory]
    [InlineData("[ <http://ex/p> ", " ]")]
    [InlineData("( ", " )")]
    public void Absurd_nesting_is_a_syntax_error_not_a_stack_overflow(string open, string close)
    {
        string Doc(int depth) => "<http://ex/s> <http://ex/p> " + string.Concat(Enumerable.Repeat(open, depth)) + "1"
            + string.Concat(Enumerable.Repeat(close, depth)) + " .";
        Assert.Equal(Doc(400).Contains('[') ? 401 : 801, ParseHelper.Turtle(Doc(400)).Count);
        var ex = ParseHelper.Error(RdfFormat.Turtle, Doc(100_000));
        Assert.Contains("nested deeper than 500 levels", ex.Detail);
    }
}
