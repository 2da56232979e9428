using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Resolves a relative IRI reference against a base (RFC 3986 §5.2, strict), on strings:
/// System.Uri normalises and so would change RDF identity.
/// </summary>
public static class IriResolver
{
    public static bool IsAbsolute(string iri)
    {
        int colon = iri.IndexOf(':');
        if (colon <= 0) return false;
        if (!char.IsAsciiLetter(iri[0])) return false;
        for (int i = 1; i < colon; i++)
        {
            char c = iri[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        return true;
    }

    public static string Resolve(string reference, string? baseIri)
    {
        if (baseIri is null || IsAbsolute(reference))
            return IsAbsolute(reference) ? RemoveDotSegmentsOfAbsolute(reference) : reference;

        Split(baseIri, out var bScheme, out var bAuthority, out var bPath, out var bQuery, out _);
        Split(reference, out _, out var rAuthority, out var rPath, out var rQuery, out var rFragment);

        string? authority, path, query;
        if (rAuthority is not null)
        {
            authority = rAuthority;
            path = RemoveDotSegments(rPath);
            query = rQuery;
        }
        else
        {
            authority = bAuthority;
            if (rPath.Length == 0)
            {
                path = bPath;
                query = rQuery ?? bQuery;
            }
            else
            {
                path = rPath.StartsWith('/') ? RemoveDotSegments(rPath) : RemoveDotSegments(Merge(bAuthority, bPath, rPath));
                query = rQuery;
            }
        }

        var sb = new StringBuilder();
        sb.Append(bScheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (rFragment is not null) sb.Append('#').Append(rFragment);
        return sb.ToString();
    }

    private static string RemoveDotSegmentsOfAbsolute(string iri)
    {
        // Absolute IRIs are taken as written (RDF identity), as Jena does.
        return iri;
    }

    private static void Split(string iri, out string? scheme, out string? authority, out string path, out string? query, out string? fragment)
    {
        scheme = null;
        authority = null;
        query = null;
        fragment = null;
        string rest = iri;
        int hash = rest.IndexOf('#');
        if (hash >= 0) { fragment = rest[(hash + 1)..]; rest = rest[..hash]; }
        int q = rest.IndexOf('?');
        if (q >= 0) { query = rest[(q + 1)..]; rest = rest[..q]; }
        if (IsAbsolute(rest))
        {
            int colon = rest.IndexOf(':');
            scheme = rest[..colon];
            rest = rest[(colon + 1)..];
        }
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = rest.IndexOf('/', 2);
            authority = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? "" : rest[slash..];
        }
        path = rest;
    }

    private static string Merge(string? baseAuthority, string basePath, string relPath)
    {
        if (baseAuthority is not null && basePath.Length == 0) return "/" + relPath;
        int slash = basePath.LastIndexOf('/');
        return slash < 0 ? relPath : basePath[..(slash + 1)] + relPath;
    }

    private static string RemoveDotSegments(string path)
    {
        var input = path;
        var output = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal)) input = input[3..];
            else if (input.StartsWith("./", StringComparison.Ordinal)) input = input[2..];
            else if (input.StartsWith("/./", StringComparison.Ordinal)) input = input[2..];
            else if (input == "/.") input = "/";
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input == "/.." ? "/" : input[3..];
                var o = output.ToString();
                int last = o.LastIndexOf('/');
                output.Clear().Append(last < 0 ? "" : o[..last]);
            }
            else if (input is "." or "..") input = "";
            else
            {
                int start = input.StartsWith('/') ? 1 : 0;
                int next = input.IndexOf('/', start);
                if (next < 0) next = input.Length;
                output.Append(input, 0, next);
                input = input[next..];
            }
        }
        return output.ToString();
    }
}
