using System.Text;

namespace KnowledgeGraph.Rdf.JsonLd;

/// <summary>
/// RFC 3986 reference resolution (section 5.2) on strings: System.Uri normalises (case, percent
/// escapes, default ports), which would change IRIs that RDF compares character by character.
/// </summary>
public static class IriReference
{
    /// <summary>True when <paramref name="value"/> starts with a scheme ("http:", "urn:").</summary>
    public static bool IsAbsolute(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0])) return false;
        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c == ':') return true;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        return false;
    }

    public static string Resolve(string baseIri, string reference)
    {
        if (IsAbsolute(reference))
        {
            var (s, a, p, q, f) = Split(reference);
            return Compose(s, a, RemoveDotSegments(p), q, f);
        }
        var (bs, ba, bp, bq, _) = Split(baseIri);
        var (_, ra, rp, rq, rf) = Split(reference);
        string? ta, tp, tq;
        if (ra is not null)
        {
            ta = ra; tp = RemoveDotSegments(rp); tq = rq;
        }
        else
        {
            if (rp.Length == 0)
            {
                tp = bp;
                tq = rq ?? bq;
            }
            else
            {
                tp = rp.StartsWith('/') ? RemoveDotSegments(rp) : RemoveDotSegments(Merge(ba, bp, rp));
                tq = rq;
            }
            ta = ba;
        }
        return Compose(bs, ta, tp, tq, rf);
    }

    private static string Merge(string? baseAuthority, string basePath, string path)
    {
        if (baseAuthority is not null && basePath.Length == 0) return "/" + path;
        int slash = basePath.LastIndexOf('/');
        return slash < 0 ? path : basePath.Substring(0, slash + 1) + path;
    }

    private static (string? Scheme, string? Authority, string Path, string? Query, string? Fragment) Split(string iri)
    {
        string? scheme = null, authority = null, query = null, fragment = null;
        int i = 0;
        if (IsAbsolute(iri))
        {
            int colon = iri.IndexOf(':');
            scheme = iri.Substring(0, colon);
            i = colon + 1;
        }
        int hash = iri.IndexOf('#', i);
        if (hash >= 0)
        {
            fragment = iri.Substring(hash + 1);
            iri = iri.Substring(0, hash);
        }
        int question = iri.IndexOf('?', i);
        if (question >= 0)
        {
            query = iri.Substring(question + 1);
            iri = iri.Substring(0, question);
        }
        if (string.CompareOrdinal(iri, i, "//", 0, 2) == 0)
        {
            int end = iri.IndexOf('/', i + 2);
            if (end < 0) end = iri.Length;
            authority = iri.Substring(i + 2, end - i - 2);
            i = end;
        }
        return (scheme, authority, iri.Substring(i), query, fragment);
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

    /// <summary>RFC 3986 section 5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.')) return path;
        var input = path;
        var output = new List<string>();
        var sb = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal)) input = input.Substring(3);
            else if (input.StartsWith("./", StringComparison.Ordinal)) input = input.Substring(2);
            else if (input.StartsWith("/./", StringComparison.Ordinal)) input = input.Substring(2);
            else if (input == "/.") input = "/";
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input == "/.." ? "/" : input.Substring(3);
                if (output.Count > 0) output.RemoveAt(output.Count - 1);
            }
            else if (input is "." or "..") input = "";
            else
            {
                int start = input[0] == '/' ? 1 : 0;
                int next = input.IndexOf('/', start);
                if (next < 0) next = input.Length;
                output.Add(input.Substring(0, next));
                input = input.Substring(next);
            }
        }
        foreach (var segment in output) sb.Append(segment);
        return sb.ToString();
    }
}
