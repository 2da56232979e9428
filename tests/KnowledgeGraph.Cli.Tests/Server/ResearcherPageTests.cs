using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// Entity and article pages a researcher can read: posts, meetings with the other attendees, claims, family
/// relations, each with the articles behind it; the article page with its text and extracted facts highlighted.
/// </summary>
public class ResearcherPageTests : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync(NewsTestData.Store());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<string> Html(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var r = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/html", r.Content.Headers.ContentType!.MediaType);
        var page = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotMatch("<link[^>]+href=\"https?:", page);
        return page;
    }

    /// <summary>The part of the page between a heading and the next one.</summary>
    private static string Section(string page, string heading)
    {
        int at = page.IndexOf("<h2>" + heading + "</h2>", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no section {heading}");
        int next = page.IndexOf("<h2>", at + 4, StringComparison.Ordinal);
        return next < 0 ? page[at..] : page[at..next];
    }

    [Fact]
    public async Task A_person_page_lists_posts_meetings_claims_and_relations_each_with_its_articles()
    {
        var page = await Html("/id/person/helene-dupre");
        Assert.Contains("<h1>Hélène Dupré</h1>", page);
        Assert.Contains("Aussi nommé : Dupré", page);

        var posts = Section(page, "Fonctions");
        Assert.Contains(">maire de Lyon</a> — <a href=\"/id/organization/mairie-de-lyon\"", posts);
        Assert.Contains("attestée le 2025-03-04", posts);
        Assert.Contains("source : La Gazette du Val · 2025-03-04 · <a href=\"/article/a1#s-", posts);
        Assert.Contains(">Le pont rouvrira</a> · <a href=\"https://news.example/a1\"", posts);

        var meetings = Section(page, "Rencontres");
        Assert.Contains("href=\"/id/meeting/meeting-2025-03-04-helene-dupre-zoe-lefevre\"", meetings);
        Assert.Contains("<div>avec <a href=\"/id/person/zoe-lefevre\" title=\"https://w3id.org/kgnews/id/person/zoe-lefevre\">Zoé Lefèvre</a></div>", meetings);
        Assert.Contains(">Lyon</a>", meetings);
        Assert.DoesNotContain("avec <a href=\"/id/person/helene-dupre\"", meetings);

        var claims = Section(page, "Déclarations");
        int c2 = claims.IndexOf("href=\"/claims/c2\"", StringComparison.Ordinal), c1 = claims.IndexOf("href=\"/claims/c1\"", StringComparison.Ordinal);
        Assert.True(c2 >= 0 && c1 > c2, "claims in date order, c2 (2025-02-10) first");
        Assert.Contains("« le pont sera rouvert en mai »", claims);
        var c1Sources = claims[c1..];
        int gazette = c1Sources.IndexOf("La Gazette du Val · 2025-03-04", StringComparison.Ordinal);
        int courrier = c1Sources.IndexOf("Le Courrier des Lacs · 2025-03-05", StringComparison.Ordinal);
        Assert.True(gazette >= 0 && courrier > gazette, "each report of the claim, first report first");
        Assert.Contains("href=\"/article/a1#s-2-29\"", c1Sources);

        var relations = Section(page, "Relations familiales");
        Assert.Contains(">Marc Dupré</a> mari de <a href=\"/id/person/helene-dupre\"", relations);
        Assert.Contains("Le Courrier des Lacs · 2025-03-05", relations);

        Assert.Contains("<h2>Toutes les données</h2>", page);
    }

    [Fact]
    public async Task A_link_from_a_person_to_a_meeting_leads_to_a_page_naming_every_attendee()
    {
        var person = await Html("/id/person/zoe-lefevre");
        var href = Regex.Match(Section(person, "Rencontres"), "href=\"(/id/meeting/[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(href);
        var meeting = await Html(href);
        var section = Section(meeting, "Rencontre");
        Assert.Contains("2025-03-04", section);
        Assert.Matches("<span class=\"attendees\"><a href=\"/id/person/helene-dupre\"[^>]*>Hélène Dupré</a>, <a href=\"/id/person/zoe-lefevre\"[^>]*>Zoé Lefèvre</a></span>", section);
        Assert.Contains("La Gazette du Val · 2025-03-04", section);
    }

    [Fact]
    public async Task The_article_page_shows_its_text_with_quotations_evidence_and_mentions_at_their_offsets()
    {
        var page = await Html("/article/a1");
        Assert.Contains("<h1>Le pont rouvrira</h1>", page);
        Assert.Contains(">La Gazette du Val</a> · 2025-03-04", page);
        Assert.Contains("<a href=\"https://news.example/a1\" rel=\"nofollow\">lire en ligne</a>", page);
        Assert.Contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/id/article/a1?format=ttl\">", page);

        var body = Regex.Match(page, "<div class=\"body\" lang=\"fr\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<sup id=\"s-2-29\"><a href=\"#f-1\">1</a></sup><mark class=\"q\">Le pont sera rouvert en mai</mark>", body);
        Assert.Contains("<mark class=\"e\"><a class=\"m\" href=\"/id/person/helene-dupre\" title=\"Hélène Dupré\">Hélène Dupré</a></mark>", body);
        Assert.Contains("<mark class=\"e\">Elle a reçu Zoé Lefèvre à Lyon.</mark>", body);
        // Taking the markup away gives back the text exactly as published: every highlight sits at its offsets.
        var plain = WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(body, "<sup.*?</sup>", ""), "<[^>]+>", ""));
        Assert.Equal("« Le pont sera rouvert en mai », a déclaré Hélène Dupré, maire de Lyon, mardi. Elle a reçu Zoé Lefèvre à Lyon.", plain);

        var facts = Section(page, "Faits extraits");
        Assert.Contains("<li class=\"fact\" id=\"f-1\"><span class=\"kind\">citation directe</span><a href=\"/id/person/helene-dupre\"", facts);
        Assert.Contains("href=\"/claims/c1\"", facts);
        Assert.Contains("fonction : <a href=\"/id/person/helene-dupre\"", facts);
        Assert.Contains("rencontre : <a href=\"/id/meeting/meeting-2025-03-04-helene-dupre-zoe-lefevre\"", facts);
        Assert.Contains("<a href=\"#s-2-29\">↑ dans le texte</a>", facts);

        Assert.Equal(page, await Html("/id/article/a1"));
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync("/article/none")).StatusCode);
        var ttl = await _server.Client.GetAsync("/id/article/a1?format=ttl");
        Assert.Equal("text/turtle", ttl.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_claim_trace_links_each_report_to_its_highlighted_passage()
    {
        var page = await Html("/claims/c1");
        Assert.Contains("href=\"/id/article/a1#s-2-29\"", page);
        Assert.Contains("href=\"/id/article/a2#s-35-64\"", page);
    }
}
