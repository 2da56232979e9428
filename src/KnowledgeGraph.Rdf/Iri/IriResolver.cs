using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// RFC 3986 section 5 reference resolution, done on strings: System.Uri normalises (case, percent
/// encoding, default ports) and so would change IRIs that RDF compares character by character.
/// </summary>
public static class IriResolver
{
    /// <summary>True when the IRI starts with a scheme (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").</summary>
    public static bool IsAbsolute(ReadOnlySpan<char> iri) => SchemeLength(iri) > 0;

    /// <summary>Resolves <paramref name="reference"/> against the absolute <paramref name="baseIri"/> (RFC 3986 5.2.2, strict).</summary>
    public static string Resolve(string baseIri, string reference)
    {
        var r = Split(reference);
        if (r.Scheme is not null)
            return Compose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        var b = Split(baseIri);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }
        return Compose(b.Scheme, authority, path, query, r.Fragment);
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static int SchemeLength(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || !RdfChars.IsAsciiLetter(s[0])) return 0;
        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ':') return i;
            if (!(RdfChars.IsAsciiLetter(c) || RdfChars.IsDigit(c) || c is '+' or '-' or '.')) return 0;
        }
        return 0;
    }

    // RFC 3986 appendix B, with the scheme restricted to its real syntax.
    private static Parts Split(string s)
    {
        int i = 0;
        string? scheme = null;
        int sl = SchemeLength(s);
        if (sl > 0)
        {
            scheme = s[..sl];
            i = sl + 1;
        }
        string? authority = null;
        if (i + 1 < s.Length && s[i] == '/' && s[i + 1] == '/')
        {
            int start = i + 2;
            int end = start;
            while (end < s.Length && s[end] is not ('/' or '?' or '#')) end++;
            authority = s[start..end];
            i = end;
        }
        int pathEnd = i;
        while (pathEnd < s.Length && s[pathEnd] is not ('?' or '#')) pathEnd++;
        string path = s[i..pathEnd];
        i = pathEnd;
        string? query = null;
        if (i < s.Length && s[i] == '?')
        {
            int end = s.IndexOf('#', i);
            if (end < 0) end = s.Length;
            query = s[(i + 1)..end];
            i = end;
        }
        string? fragment = i < s.Length && s[i] == '#' ? s[(i + 1)..] : null;
        return new Parts(scheme, authority, path, query, fragment);
    }

    private static string Merge(Parts b, string relPath)
    {
        if (b.Authority is not null && b.Path.Length == 0) return "/" + relPath;
        int slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relPath : string.Concat(b.Path.AsSpan(0, slash + 1), relPath);
    }

    /// <summary>RFC 3986 5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0) return path;
        var output = new StringBuilder(path.Length);
        var input = path;
        int i = 0;
        while (i < input.Length)
        {
            var rest = input.AsSpan(i);
            if (rest.StartsWith("../")) { i += 3; continue; }
            if (rest.StartsWith("./")) { i += 2; continue; }
            if (rest.StartsWith("/./")) { i += 2; continue; }
            if (rest.SequenceEqual("/.")) { output.Append('/'); break; }
            if (rest.StartsWith("/../") || rest.SequenceEqual("/.."))
            {
                RemoveLastSegment(output);
                if (rest.Length == 3) { output.Append('/'); break; }
                i += 3;
                continue;
            }
            if (rest.SequenceEqual(".") || rest.SequenceEqual("..")) break;
            int start = i;
            int next = input.IndexOf('/', rest[0] == '/' ? i + 1 : i);
            if (next < 0) next = input.Length;
            output.Append(input, start, next - start);
            i = next;
        }
        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        int k = output.Length - 1;
        while (k >= 0 && output[k] != '/') k--;
        output.Length = Math.Max(k, 0);
    }

    private static string Compose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null) sb.Append(scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (fragment is not null) sb.Append('#').Append(fragment);
        return sb.ToString();
    }
}
