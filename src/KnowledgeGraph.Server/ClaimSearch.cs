using System.Text;
using System.Text.Json;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>One claim found by the search: its text, speaker, first report and the outlets that reported it.</summary>
public sealed record ClaimHit(string Claim, string Trace, string Text, string? Speaker, string? SpeakerLabel, string? FirstDate,
    int Reports, IReadOnlyList<string> Outlets);

/// <summary>The answer to a claim search: the query as understood, how many claims matched, and the first of them.</summary>
public sealed record ClaimSearchResult(string? Speaker, string? Q, int Total, IReadOnlyList<ClaimHit> Claims);

/// <summary>
/// Claim search for researchers (/claims?speaker=…&amp;q=…): a claim matches when its speaker's label or any of the
/// speaker's other names contains the speaker text (accents, case and apostrophe style ignored), and when every word
/// of q begins a word of the claim's text or of one of its renderings (so "négoci" finds "négociations", and a word
/// only one outlet used still finds the claim). Results in date order, first report first. Call under the read gate.
/// </summary>
public static class ClaimSearch
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static ClaimSearchResult Find(StoreView view, string? speaker, string? q, int limit)
    {
        var speakerText = string.IsNullOrWhiteSpace(speaker) ? null : string.Join(' ', StoreView.Words(speaker));
        var words = string.IsNullOrWhiteSpace(q) ? Array.Empty<string>() : StoreView.Words(q).Distinct().ToArray();
        var speakerMatches = new Dictionary<INode, bool>();
        var hits = new List<ClaimHit>();
        foreach (var claim in view.Store.Match(null, new UriNode(Vocabulary.RdfType), new UriNode(StoreView.Schema + "Claim"), GraphSelector.All)
                     .Select(x => x.Subject).Distinct())
        {
            var quotations = view.Subjects(StoreView.Kg + "rendersClaim", claim);
            var author = view.One(claim, StoreView.Schema + "author")
                         ?? quotations.Select(x => view.One(x, StoreView.Schema + "spokenByCharacter")).FirstOrDefault(x => x is not null);
            if (speakerText is not null)
            {
                if (author is null) continue;
                if (!speakerMatches.TryGetValue(author, out var ok))
                    speakerMatches[author] = ok = view.Names(author).Any(n => string.Join(' ', StoreView.Words(n)).Contains(speakerText, StringComparison.Ordinal));
                if (!ok) continue;
            }
            var text = view.Text(claim, StoreView.Schema + "text") ?? "";
            if (words.Length > 0)
            {
                var vocabulary = new HashSet<string>(StoreView.Words(text));
                foreach (var quotation in quotations)
                    vocabulary.UnionWith(StoreView.Words(view.Text(quotation, StoreView.Schema + "text") ?? ""));
                if (!words.All(w => vocabulary.Any(v => v.StartsWith(w, StringComparison.Ordinal)))) continue;
            }
            var articles = quotations.Select(x => view.One(x, StoreView.Schema + "isPartOf")).OfType<INode>()
                .Concat(view.Objects(claim, StoreView.Schema + "appearance")).Distinct().Select(view.Article).ToList();
            var sorted = StoreView.Sorted(articles);
            var first = sorted.FirstOrDefault(a => a.Date is not null)?.Date ?? view.Text(claim, StoreView.Schema + "dateCreated");
            var iri = claim is IUriNode u ? u.Iri : claim.ToNTriples();
            hits.Add(new ClaimHit(iri, HtmlPage.ClaimHref(iri, view.ResourceBase), text, author is IUriNode a ? a.Iri : null,
                author is null ? null : view.Label(author), first, Math.Max(quotations.Count, articles.Count),
                sorted.Select(x => x.Outlet).OfType<string>().Distinct().ToList()));
        }
        hits.Sort((x, y) =>
        {
            int c = string.CompareOrdinal(x.FirstDate ?? "9999", y.FirstDate ?? "9999");
            return c != 0 ? c : string.CompareOrdinal(x.Claim, y.Claim);
        });
        return new ClaimSearchResult(speaker, q, hits.Count, hits.Take(Math.Clamp(limit, 1, MaxLimit)).ToList());
    }

    public static string Json(ClaimSearchResult result) =>
        JsonSerializer.Serialize(result, new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    public static string Html(ClaimSearchResult result, string resourceBase)
    {
        static string E(string? s) => HtmlPage.Enc(s);
        var sb = HtmlPage.Open("Déclarations" + (result.Speaker is null ? "" : " : " + result.Speaker) + (result.Q is null ? "" : " « " + result.Q + " »"));
        sb.Append("<h1>Rechercher une déclaration</h1><form class=\"search\" method=\"get\" action=\"/claims\">")
          .Append("<label>Qui parle <input name=\"speaker\" value=\"").Append(E(result.Speaker)).Append("\" placeholder=\"nom (partiel)\"></label>")
          .Append("<label>Mots <input name=\"q\" value=\"").Append(E(result.Q)).Append("\" placeholder=\"mots de la déclaration\"></label>")
          .Append("<button type=\"submit\">Chercher</button></form>")
          .Append("<p class=\"meta\">").Append(result.Total).Append(result.Total == 1 ? " déclaration" : " déclarations")
          .Append(result.Claims.Count < result.Total ? $", les {result.Claims.Count} premières" : "")
          .Append(", par date de la première publication. Aussi en JSON : <a href=\"")
          .Append(E(JsonLink(result))).Append("\">").Append(E(JsonLink(result))).Append("</a></p><ol class=\"claims\">");
        foreach (var hit in result.Claims)
        {
            sb.Append("<li class=\"fact\"><div class=\"meta\">").Append(E(hit.FirstDate ?? "date inconnue")).Append(" · ");
            if (hit.Speaker is not null)
                sb.Append("<a href=\"").Append(E(HtmlPage.Href(hit.Speaker, resourceBase))).Append("\">").Append(E(hit.SpeakerLabel ?? hit.Speaker)).Append("</a> · ");
            sb.Append(hit.Reports).Append(hit.Reports == 1 ? " article" : " articles");
            if (hit.Outlets.Count > 0) sb.Append(" (").Append(E(string.Join(", ", hit.Outlets))).Append(')');
            sb.Append("</div><a class=\"claim\" href=\"").Append(E(hit.Trace)).Append("\">« ").Append(E(hit.Text)).Append(" »</a></li>");
        }
        return HtmlPage.Close(sb.Append("</ol>"));
    }

    private static string JsonLink(ClaimSearchResult r)
    {
        var parts = new List<string>();
        if (r.Speaker is not null) parts.Add("speaker=" + Uri.EscapeDataString(r.Speaker));
        if (r.Q is not null) parts.Add("q=" + Uri.EscapeDataString(r.Q));
        parts.Add("format=json");
        return "/claims?" + string.Join("&", parts);
    }
}
