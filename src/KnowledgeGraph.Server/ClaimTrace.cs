using System.Text;
using System.Text.Json;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>One article's report of a claim: where, when, by which outlet, in which words.</summary>
public sealed record ClaimReport(string Quotation, string Article, string? Date, string? Headline, string? Outlet, string? Url,
    string Text, bool? Direct, string? SpeechVerb, int? Start, int? End, string? Before, string? After);

/// <summary>A claim and every report of it, first report first.</summary>
public sealed record ClaimTrace(string Claim, string? Text, string? Speaker, string? SpeakerLabel, IReadOnlyList<ClaimReport> Reports);

/// <summary>
/// Claim tracing for researchers: from a claim (schema:Claim), every quotation that renders it (kg:rendersClaim) with
/// its article's outlet, date, headline and URL, the exact wording, direct or indirect, the speech verb, and the
/// article text around the quotation. Read straight from the store (call under the read gate).
/// </summary>
public static class ClaimTracer
{
    private const string Schema = "https://schema.org/";
    private const string Kg = "https://w3id.org/kgnews/ontology#";
    private const int Context = 160;

    public static ClaimTrace? Trace(MemoryStore store, INode claim, Func<INode, string?> labelOf)
    {
        if (!store.Match(claim, new UriNode(Vocabulary.RdfType), new UriNode(Schema + "Claim"), GraphSelector.All).Any()) return null;
        var speaker = One(store, claim, Schema + "author");
        var reports = new List<ClaimReport>();
        foreach (var q in store.Match(null, new UriNode(Kg + "rendersClaim"), claim, GraphSelector.All).Select(x => x.Subject).Distinct())
        {
            var article = One(store, q, Schema + "isPartOf");
            if (article is null) continue;
            int? start = Int(One(store, q, Kg + "startOffset")), end = Int(One(store, q, Kg + "endOffset"));
            string? before = null, after = null;
            if (Text(One(store, article, Schema + "articleBody")) is { } body && start is { } s && end is { } e && s >= 0 && e <= body.Length && s <= e)
            {
                before = body[Math.Max(0, s - Context)..s];
                after = body[e..Math.Min(body.Length, e + Context)];
            }
            var outlet = One(store, article, Schema + "publisher");
            reports.Add(new ClaimReport(Iri(q), Iri(article), Text(One(store, article, Schema + "datePublished")),
                Text(One(store, article, Schema + "headline")), outlet is null ? null : labelOf(outlet) ?? Iri(outlet),
                Text(One(store, article, Schema + "url")) ?? (One(store, article, Schema + "url") as IUriNode)?.Iri,
                Text(One(store, q, Schema + "text")) ?? "", One(store, q, Kg + "isDirectQuote") is ILiteralNode d ? d.Value == "true" : null,
                Text(One(store, q, Kg + "speechVerb")), start, end, before, after));
        }
        reports.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Date ?? "9999", b.Date ?? "9999");
            if (c != 0) return c;
            c = string.CompareOrdinal(a.Article, b.Article);
            return c != 0 ? c : (a.Start ?? 0).CompareTo(b.Start ?? 0);
        });
        return new ClaimTrace(Iri(claim), Text(One(store, claim, Schema + "text")), speaker is null ? null : Iri(speaker),
            speaker is null ? null : labelOf(speaker), reports);
    }

    public static string Json(ClaimTrace trace) =>
        JsonSerializer.Serialize(trace, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Html(ClaimTrace trace, string resourceBase)
    {
        static string E(string? s) => (s ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
        string Link(string iri) => iri.StartsWith(resourceBase, StringComparison.Ordinal) ? "/id/" + iri[resourceBase.Length..] : "/resource?iri=" + Uri.EscapeDataString(iri);
        var sb = HtmlPage.Open("Affirmation : " + trace.Text, Link(trace.Claim))
            .Append("<style>ol.reports li{margin:1rem 0}</style>")
            .Append("<h1>« ").Append(E(trace.Text)).Append(" »</h1><p>")
            .Append(trace.Speaker is null ? "" : $"<a href=\"{E(Link(trace.Speaker))}\">{E(trace.SpeakerLabel ?? trace.Speaker)}</a> — ")
            .Append(trace.Reports.Count).Append(trace.Reports.Count == 1 ? " article" : " articles").Append(", la première publication d’abord</p><ol class=\"reports\">");
        foreach (var r in trace.Reports)
        {
            sb.Append("<li><div class=\"meta\">").Append(E(r.Date ?? "date inconnue")).Append(" · ").Append(E(r.Outlet ?? "média inconnu")).Append(" · ")
              .Append($"<a href=\"{E(Link(r.Article) + EntitySummary.Fragment(r.Start, r.End))}\">{E(r.Headline ?? r.Article)}</a>");
            if (r.Url is not null) sb.Append($" · <a href=\"{E(r.Url)}\">source</a>");
            sb.Append(" · ").Append(r.Direct == true ? "citation directe" : r.Direct == false ? "discours indirect" : "")
              .Append(r.SpeechVerb is null ? "" : " · verbe « " + E(r.SpeechVerb) + " »").Append("</div><blockquote>")
              .Append(r.Before is null ? "" : "…" + E(r.Before)).Append("<mark>").Append(E(r.Text)).Append("</mark>")
              .Append(r.After is null ? "" : E(r.After) + "…").Append("</blockquote></li>");
        }
        return HtmlPage.Close(sb.Append("</ol>"));
    }

    private static INode? One(MemoryStore store, INode s, string p) =>
        store.Match(s, new UriNode(p), null, GraphSelector.All).Select(q => q.Object).OrderBy(o => o.ToNTriples(), StringComparer.Ordinal).FirstOrDefault();

    private static string? Text(INode? n) => (n as ILiteralNode)?.Value;

    private static int? Int(INode? n) => n is ILiteralNode l && int.TryParse(l.Value, out var i) ? i : null;

    private static string Iri(INode n) => n is IUriNode u ? u.Iri : n.ToNTriples();
}
