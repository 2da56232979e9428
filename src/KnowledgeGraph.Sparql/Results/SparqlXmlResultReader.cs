using System.Xml;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>Reads the SPARQL Query Results XML Format.</summary>
public sealed class SparqlXmlResultReader : ISparqlResultReader
{
    private const string Ns = SparqlXmlResultWriter.Namespace;

    public SparqlResultFormat Format => SparqlResultFormat.Xml;

    public SparqlResult Read(TextReader input, string sourceName = "<input>", CancellationToken cancellationToken = default)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = false };
        using var xml = XmlReader.Create(input, settings);
        var lineInfo = (IXmlLineInfo)xml;
        SparqlException Error(string detail) => new($"{sourceName}:{lineInfo.LineNumber}:{lineInfo.LinePosition}: {detail}");
        try
        {
            var variables = new List<string>();
            var solutions = new List<SparqlSolution>();
            bool? boolean = null;
            Dictionary<string, INode>? current = null;
            string? bindingName = null;
            while (xml.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Ns) continue;
                switch (xml.LocalName)
                {
                    case "variable":
                        variables.Add(xml.GetAttribute("name") ?? throw Error("<variable> without name"));
                        break;
                    case "boolean":
                        var text = xml.ReadElementContentAsString().Trim();
                        boolean = text switch
                        {
                            "true" => true,
                            "false" => false,
                            _ => throw Error($"<boolean> must hold true or false, not '{text}'"),
                        };
                        break;
                    case "result":
                        current = new Dictionary<string, INode>(StringComparer.Ordinal);
                        solutions.Add(new SparqlSolution(current));
                        break;
                    case "binding":
                        bindingName = xml.GetAttribute("name") ?? throw Error("<binding> without name");
                        break;
                    case "uri":
                    case "bnode":
                    case "literal":
                        if (current is null || bindingName is null) throw Error($"<{xml.LocalName}> outside a <binding>");
                        var kind = xml.LocalName;
                        var lang = xml.GetAttribute("xml:lang") ?? xml.GetAttribute("lang", "http://www.w3.org/XML/1998/namespace");
                        var datatype = xml.GetAttribute("datatype");
                        var value = xml.IsEmptyElement ? "" : xml.ReadElementContentAsString();
                        current[bindingName] = kind switch
                        {
                            "uri" => new UriNode(value.Trim()),
                            "bnode" => new BlankNode(value.Trim()),
                            _ => !string.IsNullOrEmpty(lang) ? LiteralNode.LangTagged(value, lang)
                                : datatype is not null ? LiteralNode.Typed(value, datatype) : LiteralNode.Plain(value),
                        };
                        bindingName = null;
                        break;
                }
            }
            return boolean is { } b ? SparqlResult.FromBoolean(b) : SparqlResult.FromBindings(variables, solutions);
        }
        catch (XmlException e)
        {
            throw new SparqlException($"{sourceName}:{e.LineNumber}:{e.LinePosition}: invalid XML: {e.Message}", e);
        }
    }
}
