using System.Xml;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// RDF 1.1 XML Syntax, in its plain striped form: one rdf:Description per subject (sorted, so the same graph always
/// gives the same bytes), one property element per statement, objects as rdf:resource / rdf:nodeID or literal
/// text with xml:lang or rdf:datatype. Named graphs cannot be written (RDF/XML carries one graph).
/// Not a member of <see cref="RdfFormat"/>: the project reads no RDF/XML, and every registered format round-trips.
/// </summary>
public sealed class RdfXmlWriter
{
    public const string MediaType = "application/rdf+xml";
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <exception cref="RdfWriterException">A named graph, or a predicate IRI that cannot be split into a
    /// namespace and an XML local name (RDF/XML cannot write such a predicate).</exception>
    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
    {
        var triples = TurtleWriter.RejectNamedGraphs(quads, "RDF/XML").Select(q => q.Triple).Distinct().ToList();
        triples.Sort(NodeComparer.Instance);
        var namespaces = Namespaces(triples, options.Prefixes ?? Array.Empty<KeyValuePair<string, string>>());

        // Declared by hand as UTF-8: XmlWriter would name the TextWriter's encoding (UTF-16 for a StringWriter).
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true, CloseOutput = false };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("rdf", "RDF", RdfNs);
            foreach (var (ns, prefix) in namespaces.OrderBy(e => e.Value, StringComparer.Ordinal))
                if (prefix != "rdf") xml.WriteAttributeString("xmlns", prefix, null, ns);
            INode? subject = null;
            long n = 0;
            foreach (var t in triples)
            {
                if ((++n & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                if (!t.Subject.Equals(subject))
                {
                    if (subject is not null) xml.WriteEndElement();
                    subject = t.Subject;
                    xml.WriteStartElement("rdf", "Description", RdfNs);
                    if (subject is IBlankNode b) xml.WriteAttributeString("rdf", "nodeID", RdfNs, NodeId(b));
                    else xml.WriteAttributeString("rdf", "about", RdfNs, ((IUriNode)subject).Iri);
                }
                var predicate = ((IUriNode)t.Predicate).Iri;
                var (pns, local) = Split(predicate) ?? throw new RdfWriterException(
                    $"RDF/XML cannot write the predicate <{predicate}>: it does not end in an XML name");
                xml.WriteStartElement(namespaces[pns], local, pns);
                switch (t.Object)
                {
                    case IUriNode u: xml.WriteAttributeString("rdf", "resource", RdfNs, u.Iri); break;
                    case IBlankNode b: xml.WriteAttributeString("rdf", "nodeID", RdfNs, NodeId(b)); break;
                    case ILiteralNode l:
                        if (l.Language.Length > 0) xml.WriteAttributeString("xml", "lang", null, l.Language);
                        else if (l.Datatype != Vocabulary.XsdString) xml.WriteAttributeString("rdf", "datatype", RdfNs, l.Datatype);
                        xml.WriteString(l.Value);
                        break;
                }
                xml.WriteEndElement();
            }
            if (subject is not null) xml.WriteEndElement();
            xml.WriteEndElement();
        }
        output.Write('\n');
        output.Flush();
    }

    /// <summary>Blank node labels as XML names (rdf:nodeID must be an NCName).</summary>
    private static string NodeId(IBlankNode b)
    {
        var label = TurtleSyntax.SafeBlankNodeLabel(b.Id).Replace('.', '_').Replace('-', '_');
        return char.IsLetter(label[0]) || label[0] == '_' ? label : "b" + label;
    }

    /// <summary>Namespace IRI → prefix for every predicate namespace: the given prefixes first, then ns0, ns1, ...</summary>
    private static Dictionary<string, string> Namespaces(List<Triple> triples, IReadOnlyList<KeyValuePair<string, string>> prefixes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal) { [RdfNs] = "rdf" };
        var used = new HashSet<string>(StringComparer.Ordinal) { "rdf", "xml", "xmlns" };
        foreach (var ns in triples.Select(t => Split(((IUriNode)t.Predicate).Iri)?.Namespace).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            if (result.ContainsKey(ns)) continue;
            var given = prefixes.FirstOrDefault(p => p.Value == ns && p.Key.Length > 0 && XmlConvert.IsNCNameChar(p.Key[0]) && !used.Contains(p.Key)).Key;
            string prefix = given is not null && IsNcName(given) ? given : $"ns{result.Count - 1}";
            while (!used.Add(prefix)) prefix += "_";
            result[ns] = prefix;
        }
        return result;
    }

    private static bool IsNcName(string s)
    {
        try { XmlConvert.VerifyNCName(s); return true; }
        catch (XmlException) { return false; }
    }

    /// <summary>The longest XML local name at the end of the IRI, and the namespace before it.</summary>
    private static (string Namespace, string Local)? Split(string iri)
    {
        int start = iri.Length;
        while (start > 0 && (XmlConvert.IsNCNameChar(iri[start - 1]) && iri[start - 1] != ':')) start--;
        while (start < iri.Length && !XmlConvert.IsStartNCNameChar(iri[start])) start++;
        if (start >= iri.Length || start == 0) return null;
        return (iri[..start], iri[start..]);
    }
}
