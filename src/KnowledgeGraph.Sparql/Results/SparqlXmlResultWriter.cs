using System.Xml;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>SPARQL Query Results XML Format (second edition).</summary>
public sealed class SparqlXmlResultWriter : ISparqlResultWriter
{
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    public SparqlResultFormat Format => SparqlResultFormat.Xml;

    public void Write(TextWriter output, SparqlResult result, CancellationToken cancellationToken = default)
    {
        SparqlResultFormats.RequireTabular(result);
        try
        {
            WriteDocument(output, result, cancellationToken);
        }
        catch (ArgumentException e)
        {
            // XML 1.0 cannot carry some control characters a literal may hold: say so plainly.
            throw new SparqlException("the result cannot be written as SPARQL XML: " + e.Message + " (use JSON, CSV or TSV)", e);
        }
    }

    private static void WriteDocument(TextWriter output, SparqlResult result, CancellationToken cancellationToken)
    {
        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding, which is UTF-16 for a
        // StringWriter (the server buffers into one) although every byte this project emits is UTF-8, and clients
        // (SPARQLWrapper, Jena, Python's expat) then refuse the document. Results are always sent and saved as UTF-8.
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings
        {
            Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true, CloseOutput = false,
            ConformanceLevel = ConformanceLevel.Document,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("sparql", Namespace);
        xml.WriteStartElement("head", Namespace);
        foreach (var variable in result.Variables)
        {
            xml.WriteStartElement("variable", Namespace);
            xml.WriteAttributeString("name", variable);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (result.Kind == SparqlResultKind.Boolean)
        {
            xml.WriteElementString("boolean", Namespace, result.Boolean ? "true" : "false");
        }
        else
        {
            xml.WriteStartElement("results", Namespace);
            foreach (var solution in result.Solutions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                xml.WriteStartElement("result", Namespace);
                foreach (var variable in result.Variables)
                {
                    var node = solution[variable];
                    if (node is null) continue;
                    xml.WriteStartElement("binding", Namespace);
                    xml.WriteAttributeString("name", variable);
                    WriteTerm(xml, node);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                // Streaming: each solution leaves the writer as soon as it is complete.
                xml.Flush();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.Write('\n');
    }

    private static void WriteTerm(XmlWriter xml, INode node)
    {
        switch (node)
        {
            case IUriNode u:
                xml.WriteElementString("uri", Namespace, u.Iri);
                break;
            case IBlankNode b:
                xml.WriteElementString("bnode", Namespace, b.Id);
                break;
            case ILiteralNode l:
                xml.WriteStartElement("literal", Namespace);
                if (l.Language.Length > 0) xml.WriteAttributeString("xml", "lang", null, l.Language);
                else if (l.Datatype != Vocabulary.XsdString) xml.WriteAttributeString("datatype", l.Datatype);
                xml.WriteString(l.Value);
                xml.WriteEndElement();
                break;
        }
    }
}
