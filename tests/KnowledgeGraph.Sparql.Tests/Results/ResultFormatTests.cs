using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class ResultFormatTests
{
    private static readonly string[] Vars = { "s", "o" };

    private static SparqlSolution Row(params (string Var, INode Node)[] bindings) =>
        new(bindings.ToDictionary(b => b.Var, b => b.Node));

    private static List<SparqlSolution> SampleRows() => new()
    {
        Row(("s", new UriNode("http://example.org/a")), ("o", LiteralNode.LangTagged("Élysée \"palais\"", "fr"))),
        Row(("s", new BlankNode("b0")), ("o", LiteralNode.Typed("42", Vocabulary.XsdInteger))),
        Row(("s", new UriNode("http://example.org/b"))),
        Row(("o", LiteralNode.Plain("tab\there, comma, line\nbreak"))),
        Row(("o", LiteralNode.Typed("2024-01-02", Vocabulary.XsdDate))),
    };

    private static string Write(ISparqlResultWriter writer, SparqlResult result)
    {
        var sw = new StringWriter();
        writer.Write(sw, result);
        return sw.ToString();
    }

    private static void AssertSameSolutions(IReadOnlyList<SparqlSolution> expected, IReadOnlyList<SparqlSolution> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Bindings.OrderBy(b => b.Key, StringComparer.Ordinal), actual[i].Bindings.OrderBy(b => b.Key, StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData(SparqlResultFormat.Json)]
    [InlineData(SparqlResultFormat.Xml)]
    [InlineData(SparqlResultFormat.Tsv)]
    public void Lossless_formats_round_trip_every_term_kind(SparqlResultFormat format)
    {
        var text = Write(SparqlResultFormats.CreateWriter(format), SparqlResult.FromBindings(Vars, SampleRows()));
        var back = SparqlResultFormats.CreateReader(format).Read(new StringReader(text));

        Assert.Equal(SparqlResultKind.Bindings, back.Kind);
        Assert.Equal(Vars, back.Variables);
        AssertSameSolutions(SampleRows(), back.Solutions.ToList());
    }

    [Theory]
    [InlineData(SparqlResultFormat.Json)]
    [InlineData(SparqlResultFormat.Xml)]
    [InlineData(SparqlResultFormat.Csv)]
    [InlineData(SparqlResultFormat.Tsv)]
    public void Booleans_round_trip(SparqlResultFormat format)
    {
        foreach (var value in new[] { true, false })
        {
            var text = Write(SparqlResultFormats.CreateWriter(format), SparqlResult.FromBoolean(value));
            var back = SparqlResultFormats.CreateReader(format).Read(new StringReader(text));
            Assert.Equal(SparqlResultKind.Boolean, back.Kind);
            Assert.Equal(value, back.Boolean);
        }
    }

    [Fact]
    public void Csv_writes_values_only_with_rfc4180_quoting()
    {
        var text = Write(new SparqlCsvResultWriter(), SparqlResult.FromBindings(Vars, SampleRows()));
        var lines = text.Split("\r\n");
        Assert.Equal("s,o", lines[0]);
        Assert.Equal("http://example.org/a,\"Élysée \"\"palais\"\"\"", lines[1]);
        Assert.Equal("_:b0,42", lines[2]);
        Assert.Equal("http://example.org/b,", lines[3]);
        Assert.Equal(",\"tab\there, comma, line\nbreak\"", lines[4]);

        var back = new SparqlCsvResultReader().Read(new StringReader(text)).Solutions.ToList();
        Assert.Equal(LiteralNode.Plain("tab\there, comma, line\nbreak"), back[3]["o"]);
        Assert.Equal(new BlankNode("b0"), back[1]["s"]);
        Assert.Null(back[2]["o"]);
    }

    [Fact]
    public void Tsv_uses_short_forms_for_numbers_and_escapes_tabs()
    {
        var text = Write(new SparqlTsvResultWriter(), SparqlResult.FromBindings(Vars, SampleRows()));
        var lines = text.Split('\n');
        Assert.Equal("?s\t?o", lines[0]);
        Assert.Equal("_:b0\t42", lines[2]);
        Assert.Equal("\t\"tab\\u0009here, comma, line\\nbreak\"", lines[4]);
        Assert.Equal("\t\"2024-01-02\"^^<http://www.w3.org/2001/XMLSchema#date>", lines[5]);
    }

    [Fact]
    public void Json_output_is_the_standard_shape()
    {
        var text = Write(new SparqlJsonResultWriter(), SparqlResult.FromBindings(new[] { "x" },
            new[] { Row(("x", LiteralNode.LangTagged("a", "en"))) }));
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        var binding = doc.RootElement.GetProperty("results").GetProperty("bindings")[0].GetProperty("x");
        Assert.Equal("literal", binding.GetProperty("type").GetString());
        Assert.Equal("en", binding.GetProperty("xml:lang").GetString());
        Assert.False(binding.TryGetProperty("datatype", out _));
        Assert.Equal("x", doc.RootElement.GetProperty("head").GetProperty("vars")[0].GetString());
    }

    [Fact]
    public void Empty_result_is_valid_json_and_xml()
    {
        var empty = SparqlResult.FromBindings(Vars, Array.Empty<SparqlSolution>());
        var json = Write(new SparqlJsonResultWriter(), empty);
        Assert.Empty(new SparqlJsonResultReader().Read(new StringReader(json)).Solutions);
        var xml = Write(new SparqlXmlResultWriter(), empty);
        var back = new SparqlXmlResultReader().Read(new StringReader(xml));
        Assert.Equal(Vars, back.Variables);
        Assert.Empty(back.Solutions);
    }

    [Theory]
    [InlineData(SparqlResultFormat.Json)]
    [InlineData(SparqlResultFormat.Xml)]
    [InlineData(SparqlResultFormat.Csv)]
    [InlineData(SparqlResultFormat.Tsv)]
    public void Writers_stream_each_solution_before_the_next_is_computed(SparqlResultFormat format)
    {
        var output = new StringWriter();
        var lengthsSeen = new List<int>();
        IEnumerable<SparqlSolution> Solutions()
        {
            for (int i = 0; i < 3; i++)
            {
                lengthsSeen.Add(output.GetStringBuilder().Length);
                yield return Row(("s", new UriNode("http://example.org/item" + i)));
            }
        }

        SparqlResultFormats.CreateWriter(format).Write(output, SparqlResult.FromBindings(new[] { "s" }, Solutions()));

        var text = output.ToString();
        // When the third solution is requested, the first two are already in the output.
        Assert.Contains("item1", text[..lengthsSeen[2]]);
        Assert.DoesNotContain("item2", text[..lengthsSeen[2]]);
    }

    [Fact]
    public void Xml_writer_reports_characters_xml_cannot_carry()
    {
        var result = SparqlResult.FromBindings(new[] { "o" }, new[] { Row(("o", LiteralNode.Plain("bell\u0007"))) });
        var ex = Assert.Throws<SparqlException>(() => Write(new SparqlXmlResultWriter(), result));
        Assert.Contains("XML", ex.Message);
        // JSON escapes it instead.
        var json = Write(new SparqlJsonResultWriter(), result);
        Assert.Equal(LiteralNode.Plain("bell\u0007"), new SparqlJsonResultReader().Read(new StringReader(json)).Solutions.Single()["o"]);
    }

    [Fact]
    public void Writers_refuse_graph_results()
    {
        var graph = SparqlResult.FromGraph(Array.Empty<Triple>());
        Assert.Throws<SparqlException>(() => Write(new SparqlJsonResultWriter(), graph));
    }

    [Fact]
    public void Text_table_aligns_columns_and_compacts_known_namespaces()
    {
        var ns = new NamespaceMap();
        ns.Set("ex", "http://example.org/");
        var text = Write(new SparqlTextTableWriter(ns), SparqlResult.FromBindings(Vars, SampleRows().Take(3).ToList()));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.All(lines, l => Assert.Equal(lines[0].Length, new System.Globalization.StringInfo(l).LengthInTextElements));
        Assert.Contains("| ex:a ", lines[3]);
        Assert.Contains("| 42 ", lines[4]);
    }

    [Fact]
    public void Malformed_documents_give_errors_naming_the_source()
    {
        var ex = Assert.Throws<SparqlException>(() => new SparqlJsonResultReader().Read(new StringReader("{ \"head\": "), "r.srj"));
        Assert.StartsWith("r.srj:", ex.Message);
        var xml = Assert.Throws<SparqlException>(() => new SparqlXmlResultReader().Read(new StringReader("<sparql><head>"), "r.srx"));
        Assert.StartsWith("r.srx:", xml.Message);
        var tsv = Assert.Throws<SparqlException>(() => new SparqlTsvResultReader().Read(new StringReader("?a\n<unterminated\n"), "r.tsv"));
        Assert.StartsWith("r.tsv:2", tsv.Message);
    }

    [Fact]
    public void Reads_the_w3c_expected_result_files()
    {
        var suite = SparqlRepoPaths.SparqlSuite("sparql11");
        var srx = SparqlResultFormats.ReadFile(Path.Combine(suite, "aggregates", "agg01.srx"));
        Assert.Equal(new[] { "C" }, srx.Variables);
        Assert.Equal(LiteralNode.Typed("5", Vocabulary.XsdInteger), Assert.Single(srx.Solutions)["C"]);

        var srj = SparqlResultFormats.ReadFile(Path.Combine(suite, "json-res", "jsonres02.srj")).Solutions.ToList();
        Assert.Equal(6, srj.Count);
        Assert.Equal(LiteralNode.Typed("5", Vocabulary.XsdDecimal), srj[4]["o"]);
        Assert.Equal(new BlankNode("b0"), srj[5]["o"]);
        Assert.Null(srj[1]["p2"]);

        var tsv = SparqlResultFormats.ReadFile(Path.Combine(suite, "csv-tsv-res", "csvtsv01.tsv")).Solutions.ToList();
        Assert.Equal(LiteralNode.Typed("5.5", Vocabulary.XsdDecimal), tsv[4]["o"]);
        Assert.Equal(LiteralNode.Plain("foo"), tsv[1]["o"]);

        var csv = SparqlResultFormats.ReadFile(Path.Combine(suite, "csv-tsv-res", "csvtsv02.csv"));
        Assert.Equal(new[] { "s", "p", "o", "p2", "o2" }, csv.Variables);
        Assert.Null(csv.Solutions.ToList()[1]["o2"]);
    }
}
