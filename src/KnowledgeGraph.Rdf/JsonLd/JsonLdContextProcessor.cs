using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Rdf.JsonLd;

/// <summary>
/// Context processing and IRI expansion (JSON-LD 1.1 Processing Algorithms, sections 4.1, 4.2 and 5.2)
/// for local contexts. Remote contexts and @import are refused with a clear error: the project
/// never fetches from the network while parsing.
/// </summary>
public sealed class JsonLdContextProcessor(string sourceName, NamespaceMap? namespaces = null)
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    };

    public static bool IsKeyword(string value) => Keywords.Contains(value);

    /// <summary>Strings of the form "@" followed by letters are reserved: processors ignore them.</summary>
    public static bool LooksLikeKeyword(string value) =>
        value.Length > 1 && value[0] == '@' && value.Skip(1).All(char.IsAsciiLetter);

    public RdfSyntaxException Error(JToken? token, string detail)
    {
        var info = token as IJsonLineInfo;
        return info is not null && info.HasLineInfo()
            ? new RdfSyntaxException(detail, sourceName, info.LineNumber, info.LinePosition)
            : new RdfSyntaxException(detail, sourceName, 0, 0);
    }

    public JsonLdContext Process(JsonLdContext active, JToken local)
    {
        var result = active;
        IEnumerable<JToken> items = local is JArray array ? array.Children() : [local];
        foreach (var item in items)
        {
            switch (item.Type)
            {
                case JTokenType.Null:
                    result = JsonLdContext.Initial(result.BaseIri);
                    break;
                case JTokenType.String:
                    throw Error(item, $"remote context \"{item}\" is not supported: put the context inline");
                case JTokenType.Object:
                    result = ProcessObject(result, (JObject)item);
                    break;
                default:
                    throw Error(item, "invalid local context: expected an object, a string, null or an array of them");
            }
        }
        return result;
    }

    private JsonLdContext ProcessObject(JsonLdContext active, JObject local)
    {
        var baseIri = active.BaseIri;
        var vocab = active.Vocab;
        var language = active.DefaultLanguage;
        if (local.TryGetValue("@import", out var import))
            throw Error(import, "@import is not supported: put the imported context inline");
        if (local.TryGetValue("@base", out var b))
        {
            if (b.Type == JTokenType.Null) baseIri = null;
            else if (b.Type != JTokenType.String) throw Error(b, "invalid base IRI: @base must be a string or null");
            else
            {
                var value = (string)b!;
                baseIri = IriResolver.IsAbsolute(value) ? value
                    : baseIri is not null ? IriResolver.Resolve(baseIri, value)
                    : throw Error(b, $"invalid base IRI: relative @base \"{value}\" with no document base");
            }
        }
        if (local.TryGetValue("@language", out var lang))
        {
            if (lang.Type == JTokenType.Null) language = null;
            else if (lang.Type == JTokenType.String) language = (string)lang!;
            else throw Error(lang, "invalid default language: @language must be a string or null");
        }
        var terms = new Dictionary<string, JsonLdTermDefinition>(active.Terms, StringComparer.Ordinal);
        var working = active with { BaseIri = baseIri, DefaultLanguage = language, Terms = terms };
        if (local.TryGetValue("@vocab", out var v))
        {
            if (v.Type == JTokenType.Null) vocab = null;
            else if (v.Type != JTokenType.String) throw Error(v, "invalid vocab mapping: @vocab must be a string or null");
            else vocab = ExpandIri(working, (string)v!, documentRelative: true, vocab: true, v);
            working = working with { Vocab = vocab };
        }
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var property in local.Properties())
        {
            if (property.Name is "@base" or "@vocab" or "@language" or "@version" or "@direction" or "@propagate" or "@protected")
                continue;
            DefineTerm(working, terms, local, property.Name, defined);
        }
        return working;
    }

    private void DefineTerm(JsonLdContext working, Dictionary<string, JsonLdTermDefinition> terms, JObject local,
        string term, Dictionary<string, bool> defined)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done) return;
            throw Error(local[term], $"cyclic IRI mapping for term \"{term}\"");
        }
        defined[term] = false;
        var value = local[term]!;
        if (IsKeyword(term))
        {
            // Only "@type" may be (re)defined, to set its container; nothing else to record.
            defined[term] = true;
            return;
        }
        if (term.Length == 0) throw Error(value, "invalid term definition: the empty string is not a term");

        JToken? idToken = null, typeToken = null, containerToken = null, reverseToken = null, scoped = null;
        bool hasLanguage = false;
        string? language = null;
        bool simple = false, explicitPrefix = false, prefixFlag = false;
        switch (value.Type)
        {
            case JTokenType.Null:
                terms[term] = new JsonLdTermDefinition(null);
                defined[term] = true;
                return;
            case JTokenType.String:
                idToken = value;
                simple = true;
                break;
            case JTokenType.Object:
                var o = (JObject)value;
                idToken = o["@id"];
                typeToken = o["@type"];
                containerToken = o["@container"];
                reverseToken = o["@reverse"];
                scoped = o["@context"];
                if (o.TryGetValue("@language", out var l))
                {
                    hasLanguage = true;
                    language = l.Type == JTokenType.Null ? null
                        : l.Type == JTokenType.String ? (string)l! : throw Error(l, "invalid language mapping");
                }
                if (o.TryGetValue("@prefix", out var p))
                {
                    explicitPrefix = true;
                    prefixFlag = p.Type == JTokenType.Boolean ? (bool)p : throw Error(p, "invalid @prefix value: expected true or false");
                }
                break;
            default:
                throw Error(value, $"invalid term definition for \"{term}\": expected a string, an object or null");
        }

        string? iri;
        bool reverse = false;
        if (reverseToken is not null)
        {
            if (reverseToken.Type != JTokenType.String) throw Error(reverseToken, "invalid IRI mapping: @reverse must be a string");
            iri = ExpandIri(working, (string)reverseToken!, false, true, reverseToken, local, defined, terms);
            reverse = true;
        }
        else if (idToken is not null && idToken.Type == JTokenType.Null)
        {
            terms[term] = new JsonLdTermDefinition(null);
            defined[term] = true;
            return;
        }
        else if (idToken is not null && (string?)idToken != term)
        {
            if (idToken.Type != JTokenType.String) throw Error(idToken, "invalid IRI mapping: @id must be a string");
            iri = ExpandIri(working, (string)idToken!, false, true, idToken, local, defined, terms);
            if (iri is null || (!IsKeyword(iri) && !IriResolver.IsAbsolute(iri) && !iri.StartsWith("_:", StringComparison.Ordinal)))
                throw Error(idToken, $"invalid IRI mapping for term \"{term}\"");
            if (!explicitPrefix)
                prefixFlag = simple && !term.Contains(':') && !term.Contains('/') && (iri.StartsWith("_:", StringComparison.Ordinal) || ":/?#[]@".Contains(iri[^1]));
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':');
            var prefix = term.Substring(0, colon);
            if (local[prefix] is not null) DefineTerm(working, terms, local, prefix, defined);
            iri = terms.TryGetValue(prefix, out var pd) && pd.Iri is not null ? pd.Iri + term.Substring(colon + 1) : term;
        }
        else if (term == "@type")
            iri = "@type";
        else if (working.Vocab is not null)
            iri = working.Vocab + term;
        else
            throw Error(value, $"invalid IRI mapping: term \"{term}\" has no IRI and there is no @vocab");

        string? typeMapping = null;
        if (typeToken is not null)
        {
            if (typeToken.Type != JTokenType.String) throw Error(typeToken, "invalid type mapping: @type must be a string");
            typeMapping = ExpandIri(working, (string)typeToken!, false, true, typeToken, local, defined, terms);
            if (typeMapping is null || (!IsKeyword(typeMapping) && !IriResolver.IsAbsolute(typeMapping)))
                throw Error(typeToken, $"invalid type mapping \"{typeToken}\"");
        }
        List<string>? containers = null;
        if (containerToken is not null && containerToken.Type != JTokenType.Null)
        {
            containers = containerToken.Type == JTokenType.Array
                ? containerToken.Children().Select(c => (string?)c ?? "").ToList()
                : [(string?)containerToken ?? ""];
            foreach (var c in containers)
                if (c is not ("@list" or "@set" or "@language" or "@index" or "@id" or "@type" or "@graph"))
                    throw Error(containerToken, $"invalid container mapping \"{c}\"");
        }
        terms[term] = new JsonLdTermDefinition(iri, reverse, typeMapping, containers, hasLanguage, language, prefixFlag, scoped);
        // Prefix terms are what Turtle and TriG would declare with @prefix: report them like the other readers do.
        if (prefixFlag && iri is not null && !IsKeyword(iri) && TurtleSyntax.IsValidPrefix(term))
            namespaces?.Set(term, iri);
        defined[term] = true;
    }

    /// <summary>IRI expansion (section 5.2). Returns null for a term mapped to null or a reserved "@..." string.</summary>
    public string? ExpandIri(JsonLdContext active, string value, bool documentRelative, bool vocab, JToken? at,
        JObject? local = null, Dictionary<string, bool>? defined = null, Dictionary<string, JsonLdTermDefinition>? terms = null)
    {
        if (IsKeyword(value)) return value;
        if (LooksLikeKeyword(value)) return null;
        if (local is not null && defined is not null && terms is not null && local[value] is not null
            && !(defined.TryGetValue(value, out var d) && d))
            DefineTerm(active, terms, local, value, defined);
        var termMap = terms ?? (IReadOnlyDictionary<string, JsonLdTermDefinition>)active.Terms;
        if (vocab && termMap.TryGetValue(value, out var def)) return def.Iri;
        int colon = value.IndexOf(':', 1);
        if (colon > 0)
        {
            var prefix = value.Substring(0, colon);
            var suffix = value.Substring(colon + 1);
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal)) return value;
            if (local is not null && defined is not null && terms is not null && local[prefix] is not null
                && !(defined.TryGetValue(prefix, out var pd) && pd))
                DefineTerm(active, terms, local, prefix, defined);
            if (termMap.TryGetValue(prefix, out var prefixDef) && prefixDef.Iri is not null && !IsKeyword(prefixDef.Iri))
                return prefixDef.Iri + suffix;
            if (IriResolver.IsAbsolute(value)) return value;
        }
        if (vocab && active.Vocab is not null) return active.Vocab + value;
        if (documentRelative && active.BaseIri is not null) return IriResolver.Resolve(active.BaseIri, value);
        return value;
    }
}
