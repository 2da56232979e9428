using System.Text;

namespace KnowledgeGraph.Server;

/// <summary>
/// The frame shared by the human pages (entity, article, claim search): one inline style sheet, a navigation line,
/// escaping. No script, font or image is loaded from anywhere: the pages work offline and leak no reader to a third party.
/// </summary>
public static class HtmlPage
{
    public const string Style =
        "body{font:16px/1.55 system-ui,sans-serif;max-width:62rem;margin:1.5rem auto;padding:0 1rem;color:#222;background:#fff}" +
        "h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:2px solid #e4e4e4;padding-bottom:.2rem;font-size:1.25rem}" +
        "code{color:#666;font-size:.85rem}table{border-collapse:collapse;width:100%;margin:1rem 0}" +
        "td{border-top:1px solid #ddd;padding:.35rem .5rem;vertical-align:top}td:first-child{width:16rem;color:#555}" +
        "a{color:#0645ad;text-decoration:none}a:hover{text-decoration:underline}.lang{color:#888;font-size:.8rem}" +
        "nav a{margin-right:1rem;font-size:.9rem}nav.top{border-bottom:1px solid #eee;padding-bottom:.4rem;margin-bottom:1rem}" +
        ".meta,.src{color:#555;font-size:.9rem}.src{margin:.15rem 0 0 1rem}.fact{margin:.8rem 0}ul.facts{list-style:none;padding-left:0}" +
        ".kind{display:inline-block;font-size:.75rem;background:#eef;border-radius:3px;padding:0 .35rem;margin-right:.4rem;color:#335}" +
        "blockquote{margin:.3rem 0 .3rem 1rem;color:#333}mark{background:#fe6;padding:0 1px}mark.e{background:#d9f0d9}" +
        "mark.q.e{background:#fd9}a.m{border-bottom:1px dotted #0645ad;color:inherit}sup a{font-size:.7rem;margin:0 1px}" +
        ".body{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:1rem;border-radius:4px}" +
        "form.search input{font:inherit;padding:.3rem;margin-right:.5rem}form.search button{font:inherit;padding:.3rem .8rem}" +
        "li{margin:.4rem 0}.muted{color:#888}";

    /// <summary>Opens the page: title, style, the RDF alternates of <paramref name="self"/> when given, and the navigation line.</summary>
    public static StringBuilder Open(string title, string? self = null)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width\"><title>").Append(Enc(title)).Append("</title><style>")
            .Append(Style).Append("</style>");
        if (self is not null)
            foreach (var (type, ext) in Alternates)
                sb.Append("<link rel=\"alternate\" type=\"").Append(type).Append("\" href=\"").Append(Enc(WithFormat(self, ext))).Append("\">");
        return sb.Append("</head><body><nav class=\"top\"><a href=\"/\">Requête SPARQL</a><a href=\"/claims\">Rechercher une déclaration</a>")
            .Append("<a href=\"/.well-known/void\">Description du jeu de données</a></nav>");
    }

    public static string Close(StringBuilder sb) => sb.Append("</body></html>").ToString();

    public static readonly (string Type, string Ext)[] Alternates =
        { ("text/turtle", "ttl"), ("application/ld+json", "jsonld"), ("application/n-triples", "nt"), ("application/rdf+xml", "rdf") };

    /// <summary>Links to the RDF forms of a page, by name.</summary>
    public static void FormatLinks(StringBuilder sb, string self)
    {
        sb.Append("<nav>");
        foreach (var ((_, ext), name) in Alternates.Zip(new[] { "Turtle", "JSON-LD", "N-Triples", "RDF/XML" }))
            sb.Append("<a href=\"").Append(Enc(WithFormat(self, ext))).Append("\">").Append(name).Append("</a>");
        sb.Append("</nav>");
    }

    public static string WithFormat(string href, string ext) => href + (href.Contains('?') ? "&" : "?") + "format=" + ext;

    /// <summary>Escapes markup only: the page is UTF-8, so French letters stay readable in the source.</summary>
    public static string Enc(string? s) =>
        (s ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    /// <summary>Local link for an IRI: /id/… under the resource base, /resource?iri=… otherwise.</summary>
    public static string Href(string iri, string resourceBase) =>
        iri.StartsWith(resourceBase, StringComparison.Ordinal) ? "/id/" + iri[resourceBase.Length..] : "/resource?iri=" + Uri.EscapeDataString(iri);

    /// <summary>/claims/{key} for a claim minted under the resource base, its entity page otherwise.</summary>
    public static string ClaimHref(string iri, string resourceBase) =>
        iri.StartsWith(resourceBase + "claim/", StringComparison.Ordinal)
            ? "/claims/" + Uri.EscapeDataString(iri[(resourceBase.Length + "claim/".Length)..])
            : Href(iri, resourceBase);

    /// <summary>/article/{key} for an article minted under the resource base, its entity page otherwise.</summary>
    public static string ArticleHref(ArticleRef a, string resourceBase) =>
        a.Key is not null ? "/article/" + Uri.EscapeDataString(a.Key) : Href(a.Iri, resourceBase);

    /// <summary>"outlet · date · headline" linked to the article page, with the source URL when known.</summary>
    public static string Source(ArticleRef a, string resourceBase, string? fragment = null)
    {
        var sb = new StringBuilder();
        sb.Append(Enc(a.Outlet ?? "média inconnu")).Append(" · ").Append(Enc(a.Date ?? "date inconnue")).Append(" · ")
          .Append("<a href=\"").Append(Enc(ArticleHref(a, resourceBase) + fragment)).Append("\">")
          .Append(Enc(a.Headline ?? "article " + (a.Key ?? a.Iri))).Append("</a>");
        if (a.Url is not null) sb.Append(" · <a href=\"").Append(Enc(a.Url)).Append("\" rel=\"nofollow\">en ligne</a>");
        return sb.ToString();
    }
}
