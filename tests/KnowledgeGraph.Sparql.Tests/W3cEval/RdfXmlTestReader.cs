using System.Xml.Linq;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>
/// Just enough RDF/XML for the few data files of the SPARQL suites written in it (the core has no RDF/XML parser):
/// node elements with rdf:about/rdf:ID/rdf:nodeID, typed node elements, property elements with rdf:resource,
/// rdf:nodeID, rdf:datatype, xml:lang, rdf:parseType="Resource" and nested node elements, property attributes.
/// </summary>
public static class RdfXmlTestReader
{
    private static readonly XNamespace Rdf = Vocabulary.Rdf;

    public static List<Quad> Read(string path, string baseIri, INode? graph)
    {
        var quads = new List<Quad>();
        int blank = 0;
        var root = XDocument.Load(path).Root!;
        var nodes = root.Name == Rdf + "RDF" ? root.Elements() : new[] { root };
        foreach (var n in nodes) NodeElement(n);
        return quads;

        string Resolve(string iri) => new Uri(new Uri(baseIri), iri).AbsoluteUri;

        INode NodeElement(XElement e)
        {
            INode subject = e.Attribute(Rdf + "about") is { } about ? new UriNode(Resolve(about.Value))
                : e.Attribute(Rdf + "ID") is { } id ? new UriNode(Resolve("#" + id.Value))
                : e.Attribute(Rdf + "nodeID") is { } nid ? new BlankNode("x" + nid.Value)
                : new BlankNode("x_" + ++blank);
            if (e.Name != Rdf + "Description")
                quads.Add(new Quad(subject, new UriNode(Vocabulary.RdfType), new UriNode(e.Name.NamespaceName + e.Name.LocalName), graph));
            Properties(subject, e);
            return subject;
        }

        void Properties(INode subject, XElement e)
        {
            foreach (var a in e.Attributes())
            {
                if (a.IsNamespaceDeclaration || a.Name.Namespace == Rdf || a.Name.Namespace == XNamespace.Xml) continue;
                quads.Add(new Quad(subject, new UriNode(a.Name.NamespaceName + a.Name.LocalName), new LiteralNode(a.Value, null, Lang(e)), graph));
            }
            foreach (var p in e.Elements())
            {
                var predicate = new UriNode(p.Name.NamespaceName + p.Name.LocalName);
                INode obj;
                if (p.Attribute(Rdf + "resource") is { } r) obj = new UriNode(Resolve(r.Value));
                else if (p.Attribute(Rdf + "nodeID") is { } nid) obj = new BlankNode("x" + nid.Value);
                else if ((string?)p.Attribute(Rdf + "parseType") == "Resource")
                {
                    obj = new BlankNode("x_" + ++blank);
                    Properties(obj, p);
                }
                else if (p.HasElements) obj = NodeElement(p.Elements().First());
                else obj = new LiteralNode(p.Value, (string?)p.Attribute(Rdf + "datatype"), Lang(p));
                quads.Add(new Quad(subject, predicate, obj, graph));
            }
        }

        static string? Lang(XElement e) => e.AncestorsAndSelf().Select(x => (string?)x.Attribute(XNamespace.Xml + "lang")).FirstOrDefault(l => l is not null);
    }
}
