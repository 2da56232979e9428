using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Rdf.JsonLd;

/// <summary>
/// JSON-LD 1.1 to RDF in one walk: expansion (section 5.1) and the RDF conversion (section 8) are
/// fused, so node objects become quads as they are met instead of going through a node map. Covers
/// contexts (terms, prefixes, @vocab, @base, @language, type coercion, containers @list @set
/// @language @index @id @type, property- and type-scoped contexts), @id, @type, value objects,
/// @list, @set, @graph, @reverse, @included, @nest, native numbers and booleans.
/// Blank nodes are relabelled b0, b1, ... in order of appearance, after the reader's prefix.
/// </summary>
public sealed class JsonLdToRdf
{
    private readonly JsonLdContextProcessor _contexts;
    private readonly RdfReaderOptions _options;
    private readonly List<Quad> _quads = new();
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;
    private int _nextBlank;

    private static readonly UriNode RdfType = new(Vocabulary.RdfType);
    private static readonly UriNode RdfFirst = new(Vocabulary.RdfFirst);
    private static readonly UriNode RdfRest = new(Vocabulary.RdfRest);
    private static readonly UriNode RdfNil = new(Vocabulary.RdfNil);
    private const string RdfJson = Vocabulary.Rdf + "JSON";

    public JsonLdToRdf(RdfReaderOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _contexts = new JsonLdContextProcessor(options.SourceName, options.Namespaces);
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<Quad> Convert(JToken document)
    {
        var context = JsonLdContext.Initial(_options.BaseIri);
        foreach (var item in document is JArray a ? a.Children() : Enumerable.Repeat(document, 1))
        {
            if (item.Type == JTokenType.Object) ProcessNode((JObject)item, context, null, topLevel: true);
            else if (item.Type != JTokenType.Null)
                throw _contexts.Error(item, "a JSON-LD document must be an object or an array of objects");
        }
        return _quads;
    }

    private void Emit(INode s, INode p, INode o, INode? g)
    {
        if ((_quads.Count & 0xFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
        _quads.Add(new Quad(s, p, o, g));
    }

    private void Warn(JToken at, string detail)
    {
        var info = (IJsonLineInfo)at;
        var warning = new RdfSyntaxWarning(detail, _options.SourceName, info.LineNumber, info.LinePosition);
        if (_options.Strict) throw _contexts.Error(at, detail);
        _options.OnWarning?.Invoke(warning);
    }

    private BlankNode Blank(string? label)
    {
        if (label is not null && _blankNodes.TryGetValue(label, out var known)) return known;
        var node = new BlankNode(_options.BlankNodePrefix + "b" + (_nextBlank++).ToString(CultureInfo.InvariantCulture));
        if (label is not null) _blankNodes[label] = node;
        return node;
    }

    /// <summary>An IRI or blank node from an expanded identifier, or null (with a warning) when it is relative.</summary>
    private INode? Resource(string? expanded, JToken at)
    {
        if (expanded is null) return null;
        if (expanded.StartsWith("_:", StringComparison.Ordinal)) return Blank(expanded);
        if (IriResolver.IsAbsolute(expanded)) return new UriNode(expanded);
        Warn(at, $"\"{expanded}\" is not an absolute IRI and there is no base IRI; statement dropped");
        return null;
    }

    private string KeyOf(JsonLdContext ctx, string key, JToken at) =>
        _contexts.ExpandIri(ctx, key, documentRelative: false, vocab: true, at) ?? "";

    /// <summary>Processes a node object and returns its subject (null for a top-level @graph wrapper).</summary>
    private INode? ProcessNode(JObject node, JsonLdContext ctx, INode? graph, bool topLevel,
        string? forcedId = null, string? extraType = null)
    {
        if (node.TryGetValue("@context", out var local)) ctx = _contexts.Process(ctx, local);

        // Type-scoped contexts apply to the node's own properties, in lexicographic order of the types.
        var typeKeys = node.Properties().Where(p => KeyOf(ctx, p.Name, p) == "@type").ToList();
        var typeContextBase = ctx;
        foreach (var type in typeKeys.SelectMany(p => p.Value is JArray arr ? arr.Children() : Enumerable.Repeat(p.Value, 1))
                     .Select(t => (string?)t).Where(t => t is not null).OrderBy(t => t, StringComparer.Ordinal))
        {
            var def = typeContextBase.Term(type!);
            if (def?.ScopedContext is not null) ctx = _contexts.Process(ctx, def.ScopedContext);
        }

        var keys = node.Properties().Select(p => (Property: p, Key: KeyOf(ctx, p.Name, p))).ToList();
        if (keys.Any(k => k.Key is "@value" or "@list" or "@set"))
            throw _contexts.Error(node, "expected a node object here, not a value, @list or @set object");

        if (topLevel && forcedId is null && keys.All(k => k.Key is "@graph" or "@context"))
        {
            foreach (var (p, _) in keys.Where(k => k.Key == "@graph"))
                ProcessGraphContents(p.Value, ctx, graph);
            return null;
        }

        INode? subject = null;
        var idEntry = keys.FirstOrDefault(k => k.Key == "@id");
        string? idText = forcedId;
        JToken idAt = node;
        if (idText is null && idEntry.Property is not null)
        {
            if (idEntry.Property.Value.Type != JTokenType.String) throw _contexts.Error(idEntry.Property.Value, "invalid @id value: expected a string");
            idText = (string)idEntry.Property.Value!;
            idAt = idEntry.Property.Value;
        }
        if (idText is not null)
        {
            subject = Resource(_contexts.ExpandIri(ctx, idText, documentRelative: true, vocab: false, idAt), idAt);
            if (subject is null) return null;
        }
        subject ??= Blank(null);

        if (extraType is not null && Resource(extraType, node) is { } forcedType) Emit(subject, RdfType, forcedType, graph);
        ProcessProperties(node, keys, ctx, typeContextBase, subject, graph);
        return subject;
    }

    private void ProcessProperties(JObject node, List<(JProperty Property, string Key)> keys, JsonLdContext ctx,
        JsonLdContext typeContextBase, INode subject, INode? graph)
    {
        foreach (var (property, key) in keys)
        {
            var value = property.Value;
            switch (key)
            {
                case "@id" or "@context" or "@index" or "":
                    break;
                case "@type":
                    foreach (var t in value is JArray arr ? arr.Children() : Enumerable.Repeat(value, 1))
                    {
                        if (t.Type != JTokenType.String) throw _contexts.Error(t, "invalid type value: expected a string");
                        var type = Resource(_contexts.ExpandIri(typeContextBase, (string)t!, documentRelative: true, vocab: true, t), t);
                        if (type is not null) Emit(subject, RdfType, type, graph);
                    }
                    break;
                case "@graph":
                    ProcessGraphContents(value, ctx, subject);
                    break;
                case "@included":
                    ProcessGraphContents(value, ctx, graph);
                    break;
                case "@reverse":
                    if (value is not JObject reverseMap) throw _contexts.Error(value, "invalid @reverse value: expected an object");
                    foreach (var rp in reverseMap.Properties())
                    {
                        var predicate = Resource(KeyOf(ctx, rp.Name, rp), rp);
                        if (predicate is not IUriNode) continue;
                        foreach (var o in Values(rp.Value, ctx, ctx.Term(rp.Name), graph))
                        {
                            if (o is ILiteralNode) throw _contexts.Error(rp.Value, "invalid reverse property value: a literal cannot be a subject");
                            Emit(o, predicate, subject, graph);
                        }
                    }
                    break;
                case "@nest":
                    foreach (var nested in value is JArray na ? na.Children() : Enumerable.Repeat(value, 1))
                    {
                        if (nested is not JObject nestedObject) throw _contexts.Error(nested, "invalid @nest value: expected an object");
                        var nestedKeys = nestedObject.Properties().Select(p => (p, KeyOf(ctx, p.Name, p))).ToList();
                        ProcessProperties(nestedObject, nestedKeys, ctx, typeContextBase, subject, graph);
                    }
                    break;
                default:
                    if (key.StartsWith('@')) break;
                    var def = ctx.Term(property.Name);
                    if (!key.StartsWith("_:", StringComparison.Ordinal) && !IriResolver.IsAbsolute(key))
                    {
                        Warn(property, $"property \"{property.Name}\" does not expand to an absolute IRI; dropped");
                        break;
                    }
                    if (key.StartsWith("_:", StringComparison.Ordinal))
                    {
                        Warn(property, $"property \"{property.Name}\" is a blank node; generalized RDF is not supported, dropped");
                        break;
                    }
                    var prop = new UriNode(key);
                    var valueContext = def?.ScopedContext is not null ? _contexts.Process(ctx, def.ScopedContext) : ctx;
                    foreach (var o in Values(value, valueContext, def, graph))
                    {
                        if (def?.Reverse == true)
                        {
                            if (o is ILiteralNode) throw _contexts.Error(value, "invalid reverse property value: a literal cannot be a subject");
                            Emit(o, prop, subject, graph);
                        }
                        else
                            Emit(subject, prop, o, graph);
                    }
                    break;
            }
        }
    }

    private void ProcessGraphContents(JToken value, JsonLdContext ctx, INode? graph)
    {
        foreach (var item in value is JArray arr ? arr.Children() : Enumerable.Repeat(value, 1))
        {
            if (item is JObject o) ProcessNode(o, ctx, graph, topLevel: false);
            else if (item.Type != JTokenType.Null) throw _contexts.Error(item, "invalid @graph entry: expected node objects");
        }
    }

    /// <summary>The RDF objects a property value stands for, emitting the statements of nested nodes and lists.</summary>
    private IEnumerable<INode> Values(JToken value, JsonLdContext ctx, JsonLdTermDefinition? def, INode? graph)
    {
        var result = new List<INode>();
        if (def is not null && def.TypeMapping == "@json")
        {
            result.Add(new LiteralNode(value.ToString(Formatting.None), RdfJson));
            return result;
        }
        if (value is JObject map && def?.Containers is { } containers
            && !map.Properties().Any(p => KeyOf(ctx, p.Name, p) is "@value" or "@list" or "@set" or "@id"))
        {
            if (containers.Contains("@language"))
            {
                foreach (var p in map.Properties())
                    foreach (var v in p.Value is JArray la ? la.Children() : Enumerable.Repeat(p.Value, 1))
                    {
                        if (v.Type == JTokenType.Null) continue;
                        if (v.Type != JTokenType.String) throw _contexts.Error(v, "invalid language map value: expected a string");
                        var none = KeyOf(ctx, p.Name, p) == "@none";
                        result.Add(none ? new LiteralNode((string)v!) : new LiteralNode((string)v!, null, p.Name));
                    }
                return result;
            }
            if (containers.Contains("@index") || containers.Contains("@id") || containers.Contains("@type"))
            {
                foreach (var p in map.Properties())
                {
                    var isNone = KeyOf(ctx, p.Name, p) == "@none";
                    foreach (var v in p.Value is JArray ia ? ia.Children() : Enumerable.Repeat(p.Value, 1))
                    {
                        if (containers.Contains("@index") || isNone)
                        {
                            result.AddRange(Values(v, ctx, def with { Containers = null }, graph));
                            continue;
                        }
                        if (v is not JObject nodeObject)
                        {
                            // A string in a type map is a node reference (section 5.1.2, step 13.8.3.7.3).
                            if (containers.Contains("@type") && v.Type == JTokenType.String)
                                nodeObject = new JObject(new JProperty("@id", v));
                            else throw _contexts.Error(v, "invalid map value: expected a node object");
                        }
                        if (containers.Contains("@id"))
                            result.Add(ProcessNode(nodeObject, ctx, graph, false,
                                forcedId: p.Name) ?? throw _contexts.Error(v, "invalid @id map entry"));
                        else
                            result.Add(ProcessNode(nodeObject, ctx, graph, false,
                                extraType: _contexts.ExpandIri(ctx, p.Name, true, true, p)) ?? throw _contexts.Error(v, "invalid @type map entry"));
                    }
                }
                return result;
            }
        }
        if (def?.HasContainer("@list") == true && value.Type != JTokenType.Null
            && !(value is JObject lo && lo.Properties().Any(p => KeyOf(ctx, p.Name, p) == "@list")))
        {
            result.Add(List(value is JArray la ? la.Children().ToList() : [value], ctx, def, graph));
            return result;
        }
        if (def?.HasContainer("@graph") == true && value is JObject graphObject)
        {
            var name = Blank(null);
            ProcessNode(graphObject, ctx, name, false);
            result.Add(name);
            return result;
        }
        foreach (var item in value is JArray array ? array.Children() : Enumerable.Repeat(value, 1))
        {
            var single = Single(item, ctx, def, graph);
            if (single is not null) result.AddRange(single);
        }
        return result;
    }

    private IEnumerable<INode>? Single(JToken item, JsonLdContext ctx, JsonLdTermDefinition? def, INode? graph)
    {
        switch (item.Type)
        {
            case JTokenType.Null:
                return null;
            case JTokenType.Array:
                // Nested arrays flatten outside lists.
                return Values(item, ctx, def is null ? null : def with { Containers = null }, graph);
            case JTokenType.String:
                return Scalar((string)item!, item, ctx, def) is { } n ? [n] : null;
            case JTokenType.Integer or JTokenType.Float or JTokenType.Boolean:
                return [Native(item, def?.TypeMapping is { } tm && !tm.StartsWith('@') ? tm : null)];
            case JTokenType.Object:
                var o = (JObject)item;
                var keys = o.Properties().Select(p => (p, Key: KeyOf(ctx, p.Name, p))).ToList();
                if (keys.Any(k => k.Key == "@value")) return ValueObject(o, keys, ctx) is { } lit ? [lit] : null;
                var listEntry = keys.FirstOrDefault(k => k.Key == "@list");
                if (listEntry.p is not null)
                {
                    var v = listEntry.p.Value;
                    return [List(v is JArray la ? la.Children().ToList() : v.Type == JTokenType.Null ? [] : [v], ctx, def, graph)];
                }
                var setEntry = keys.FirstOrDefault(k => k.Key == "@set");
                if (setEntry.p is not null) return Values(setEntry.p.Value, ctx, def is null ? null : def with { Containers = null }, graph);
                return ProcessNode(o, ctx, graph, false) is { } n2 ? [n2] : null;
            default:
                throw _contexts.Error(item, $"unexpected JSON value of type {item.Type}");
        }
    }

    private INode? Scalar(string text, JToken at, JsonLdContext ctx, JsonLdTermDefinition? def)
    {
        switch (def?.TypeMapping)
        {
            case "@id":
                return Resource(_contexts.ExpandIri(ctx, text, documentRelative: true, vocab: false, at), at);
            case "@vocab":
                return Resource(_contexts.ExpandIri(ctx, text, documentRelative: true, vocab: true, at), at);
            case { } datatype when !datatype.StartsWith('@'):
                return new LiteralNode(text, datatype);
        }
        var language = def is { HasLanguage: true } ? def.Language : ctx.DefaultLanguage;
        return language is null ? new LiteralNode(text) : new LiteralNode(text, null, language);
    }

    private INode? ValueObject(JObject o, List<(JProperty p, string Key)> keys, JsonLdContext ctx)
    {
        JToken? value = null, language = null, type = null;
        foreach (var (p, key) in keys)
        {
            switch (key)
            {
                case "@value": value = p.Value; break;
                case "@language": language = p.Value; break;
                case "@type": type = p.Value; break;
                case "@index" or "@context" or "@direction": break;
                default: throw _contexts.Error(p, $"invalid value object: unexpected entry \"{p.Name}\"");
            }
        }
        if (value is null || value.Type == JTokenType.Null) return null;
        string? datatype = null;
        if (type is not null)
        {
            if (language is not null) throw _contexts.Error(o, "invalid value object: both @type and @language");
            if (type.Type != JTokenType.String) throw _contexts.Error(type, "invalid typed value: @type must be a string");
            datatype = _contexts.ExpandIri(ctx, (string)type!, documentRelative: true, vocab: true, type);
            if (datatype == "@json") return new LiteralNode(value.ToString(Formatting.None), RdfJson);
            if (datatype is null || !IriResolver.IsAbsolute(datatype))
                throw _contexts.Error(type, $"invalid typed value: \"{type}\" is not an absolute IRI");
        }
        if (value.Type is JTokenType.Integer or JTokenType.Float or JTokenType.Boolean)
        {
            if (language is not null) throw _contexts.Error(o, "invalid language-tagged value: @value must be a string");
            return Native(value, datatype);
        }
        if (value.Type != JTokenType.String) throw _contexts.Error(value, "invalid value object value: expected a string, number, boolean or null");
        if (language is not null)
        {
            if (language.Type != JTokenType.String) throw _contexts.Error(language, "invalid language-tagged string: @language must be a string");
            return new LiteralNode((string)value!, null, (string)language!);
        }
        return new LiteralNode((string)value!, datatype);
    }

    /// <summary>Native JSON numbers and booleans (section 8.6, step 10).</summary>
    private static LiteralNode Native(JToken value, string? datatype)
    {
        if (value.Type == JTokenType.Boolean)
            return new LiteralNode((bool)value ? "true" : "false", datatype ?? Vocabulary.XsdBoolean);
        if (value.Type == JTokenType.Integer && datatype != Vocabulary.XsdDouble)
        {
            var big = value.ToObject<BigInteger>();
            if (BigInteger.Abs(big) < BigInteger.Pow(10, 21))
                return new LiteralNode(big.ToString(CultureInfo.InvariantCulture), datatype ?? Vocabulary.XsdInteger);
            return new LiteralNode(CanonicalDouble((double)big), datatype ?? Vocabulary.XsdDouble);
        }
        var d = (double)value;
        if (value.Type == JTokenType.Float && datatype != Vocabulary.XsdDouble && d == Math.Floor(d) && Math.Abs(d) < 1e21)
            return new LiteralNode(new BigInteger(d).ToString(CultureInfo.InvariantCulture), datatype ?? Vocabulary.XsdInteger);
        return new LiteralNode(CanonicalDouble(d), datatype ?? Vocabulary.XsdDouble);
    }

    /// <summary>The XML Schema canonical form of a double: one digit before the point, E, exponent ("1.5E3").</summary>
    public static string CanonicalDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "INF";
        if (double.IsNegativeInfinity(d)) return "-INF";
        if (d == 0) return "0.0E0";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r.StartsWith('-');
        if (negative) r = r.Substring(1);
        int exponent = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, e);
        }
        int point = r.IndexOf('.');
        var intPart = point < 0 ? r : r.Substring(0, point);
        var digits = (intPart + (point < 0 ? "" : r.Substring(point + 1))).TrimStart('0');
        int leadingZeros = (intPart + (point < 0 ? "" : r.Substring(point + 1))).Length - digits.Length;
        exponent += intPart.Length - 1 - leadingZeros;
        digits = digits.TrimEnd('0');
        var fraction = digits.Length > 1 ? digits.Substring(1) : "0";
        return (negative ? "-" : "") + digits[0] + "." + fraction + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private INode List(IReadOnlyList<JToken> items, JsonLdContext ctx, JsonLdTermDefinition? def, INode? graph)
    {
        var itemDef = def is null ? null : def with { Containers = null };
        var nodes = new List<INode>();
        foreach (var item in items)
        {
            if (item.Type == JTokenType.Null) continue;
            if (item is JArray nested)
                nodes.Add(List(nested.Children().ToList(), ctx, itemDef, graph));
            else if (Single(item, ctx, itemDef, graph) is { } values)
                nodes.AddRange(values);
        }
        if (nodes.Count == 0) return RdfNil;
        var cells = nodes.Select(_ => (INode)Blank(null)).ToList();
        for (int i = 0; i < nodes.Count; i++)
        {
            Emit(cells[i], RdfFirst, nodes[i], graph);
            Emit(cells[i], RdfRest, i + 1 < cells.Count ? cells[i + 1] : RdfNil, graph);
        }
        return cells[0];
    }
}
