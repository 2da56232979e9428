using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>
/// Maps any RDF dataset to a property graph in the manner of neosemantics (n10s):
/// every IRI or blank node that is a subject, or the object of a non-type statement, becomes a node
/// labelled Resource with a <c>uri</c> property; rdf:type objects become extra labels (no node, no
/// relationship); literal-valued statements become properties (several values → a list);
/// node-valued statements become relationships typed by the predicate's name. Each node and
/// relationship records in <c>sources</c> the named graphs that stated it.
/// </summary>
public sealed class RdfToPropertyGraphMapper
{
    private readonly MappingOptions _options;

    public RdfToPropertyGraphMapper(MappingOptions? options = null) => _options = options ?? new MappingOptions();

    public PropertyGraph Map(IEnumerable<Quad> quads, NamespaceMap? namespaces = null, CancellationToken cancellationToken = default)
    {
        var names = new IriNamer(_options.Names, namespaces);
        var nodes = new Dictionary<string, NodeBuilder>(StringComparer.Ordinal);
        var relationships = new Dictionary<(string, string, string), SortedSet<string>>();
        long seen = 0;

        NodeBuilder NodeFor(INode term)
        {
            var uri = UriOf(term);
            if (!nodes.TryGetValue(uri, out var builder)) nodes[uri] = builder = new NodeBuilder(uri);
            return builder;
        }

        foreach (var quad in quads)
        {
            if ((++seen & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (quad.Subject is ILiteralNode || quad.Predicate is not IUriNode predicate) continue; // not RDF 1.1; ignore
            var graph = quad.Graph is IUriNode g ? g.Iri : quad.Graph is IBlankNode b ? MappingOptions.BlankNodeScheme + b.Id : null;
            var subject = NodeFor(quad.Subject);
            if (graph is not null) subject.Sources.Add(graph);

            if (predicate.Iri == Vocabulary.RdfType && quad.Object is IUriNode type)
            {
                subject.Labels.Add(names.Label(type.Iri));
                continue;
            }
            if (quad.Object is ILiteralNode literal)
            {
                subject.Add(names.PropertyKey(predicate.Iri), literal);
                continue;
            }
            var target = NodeFor(quad.Object);
            if (graph is not null) target.Sources.Add(graph);
            var key = (subject.Uri, names.RelationshipType(predicate.Iri), target.Uri);
            if (!relationships.TryGetValue(key, out var sources)) relationships[key] = sources = new SortedSet<string>(StringComparer.Ordinal);
            if (graph is not null) sources.Add(graph);
        }

        var nodeList = nodes.Values
            .OrderBy(n => n.Uri, StringComparer.Ordinal)
            .Select(n => n.Build(_options))
            .ToList();
        var relationshipList = relationships
            .OrderBy(r => r.Key.Item1, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Item2, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Item3, StringComparer.Ordinal)
            .Select(r => new GraphRelationship(r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Value.ToList()))
            .ToList();
        return new PropertyGraph(nodeList, relationshipList, names.UsedPrefixes());
    }

    public static string UriOf(INode term) => term switch
    {
        IUriNode u => u.Iri,
        IBlankNode b => MappingOptions.BlankNodeScheme + b.Id,
        _ => throw new ArgumentException("a literal cannot be a node"),
    };

    private sealed class NodeBuilder(string uri)
    {
        public string Uri { get; } = uri;
        public SortedSet<string> Labels { get; } = new(StringComparer.Ordinal) { MappingOptions.ResourceLabel };
        public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, SortedSet<ILiteralNode>> _literals = new(StringComparer.Ordinal);

        public void Add(string key, ILiteralNode literal)
        {
            if (!_literals.TryGetValue(key, out var set)) _literals[key] = set = new SortedSet<ILiteralNode>(NodeComparer.Instance);
            set.Add(literal);
        }

        public GraphNode Build(MappingOptions options)
        {
            var properties = new List<KeyValuePair<string, object>>(_literals.Count);
            foreach (var (key, literals) in _literals)
            {
                var value = PropertyValue(SelectLanguage(literals, options), options);
                if (value is not null) properties.Add(new(key, value));
            }
            return new GraphNode(Uri, Labels.ToList(), properties, Sources.ToList());
        }
    }

    private static IEnumerable<ILiteralNode> SelectLanguage(IReadOnlyCollection<ILiteralNode> literals, MappingOptions options)
    {
        if (options.Languages != LanguageMode.Preferred) return literals;
        var preferred = literals.Where(l => l.Language.Length > 0 &&
            (string.Equals(l.Language, options.PreferredLanguage, StringComparison.OrdinalIgnoreCase)
             || l.Language.StartsWith(options.PreferredLanguage + "-", StringComparison.OrdinalIgnoreCase))).ToList();
        return preferred.Count > 0 ? preferred : literals;
    }

    /// <summary>One value, or a list when several; lists must be homogeneous in Neo4j, so mixed ones become strings.</summary>
    private static object? PropertyValue(IEnumerable<ILiteralNode> literals, MappingOptions options)
    {
        var values = literals.Select(l => ConvertLiteral(l, options)).ToList();
        if (values.Count == 0) return null;
        if (values.Count == 1) return values[0];
        var kinds = values.Select(v => v.GetType()).Distinct().ToList();
        if (kinds.Count > 1) values = values.Select(v => (object)Convert.ToString(v, CultureInfo.InvariantCulture)!).Distinct().ToList();
        return values[0] switch
        {
            string => values.Cast<string>().Distinct().ToList(),
            long => values.Cast<long>().Distinct().ToList(),
            double => values.Cast<double>().Distinct().ToList(),
            bool => values.Cast<bool>().Distinct().ToList(),
            _ => values,
        };
    }

    private static object ConvertLiteral(ILiteralNode literal, MappingOptions options)
    {
        if (options.Languages == LanguageMode.Tagged && literal.Language.Length > 0) return literal.Value + "@" + literal.Language;
        if (!options.ConvertNumbers) return literal.Value;
        var lexical = literal.Value.Trim();
        switch (literal.Datatype)
        {
            case Vocabulary.XsdBoolean:
                if (lexical is "true" or "1") return true;
                if (lexical is "false" or "0") return false;
                break;
            case Vocabulary.XsdInteger or Vocabulary.Xsd + "long" or Vocabulary.Xsd + "int" or Vocabulary.Xsd + "short"
                or Vocabulary.Xsd + "byte" or Vocabulary.Xsd + "nonNegativeInteger" or Vocabulary.Xsd + "positiveInteger"
                or Vocabulary.Xsd + "negativeInteger" or Vocabulary.Xsd + "nonPositiveInteger" or Vocabulary.Xsd + "unsignedInt"
                or Vocabulary.Xsd + "unsignedShort" or Vocabulary.Xsd + "unsignedByte":
                if (long.TryParse(lexical, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
                break;
            case Vocabulary.XsdDouble or Vocabulary.XsdFloat or Vocabulary.XsdDecimal:
                if (double.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
                if (lexical is "INF") return double.PositiveInfinity;
                if (lexical is "-INF") return double.NegativeInfinity;
                break;
        }
        return literal.Value;
    }
}
