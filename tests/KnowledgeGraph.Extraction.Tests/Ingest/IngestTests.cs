using System.Text;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public sealed class IngestTests : IClassFixture<ResourcesFixture>
{
    private readonly ArticleIngestor _ingestor;

    public IngestTests(ResourcesFixture fixture) => _ingestor = new ArticleIngestor(fixture.Resources);

    [Fact]
    public void PlainTextHeaderIsStrippedAndRecorded()
    {
        using var dir = new TempFolder();
        dir.Write("a1.txt", " date 2024-03-05 Le maire de Lyon a parlé mardi.\n\nSuite du texte.");
        dir.Write("a2.txt", " date 2024-03\nLa ministre a parlé.");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Empty(r.Diagnostics);
        Assert.Equal(2, r.Articles.Count);
        Assert.Equal("a1", r.Articles[0].Id);
        Assert.Equal("Le maire de Lyon a parlé mardi.\n\nSuite du texte.", r.Articles[0].Text);
        Assert.Equal(new PartialDate(2024, 3, 5), r.Articles[0].Date);
        Assert.Equal(DateProvenance.Header, r.Articles[0].DateProvenance);
        Assert.Equal(new PartialDate(2024, 3), r.Articles[1].Date);
        Assert.Equal("La ministre a parlé.", r.Articles[1].Text);
    }

    [Fact]
    public void MissingDateIsInferredFromTheText()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "Les pourparlers ont eu lieu dans la nuit du lundi 4 au mardi 5 mars, un an après le sommet du 12 février 2024.");
        dir.Write("c.txt", "Titre\n14 juin 2023 - Rencontre à Rome\nLe 20 juin 2023, rien.");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal(new PartialDate(2024, 3, 5), r.Articles[0].Date);
        Assert.Equal(DateProvenance.InferredFromText, r.Articles[0].DateProvenance);
        Assert.Equal(new PartialDate(2023, 6, 14), r.Articles[1].Date);
    }

    [Theory]
    // a publication line with a bar after the date, a planned meeting stated later in the text
    [InlineData("Titre de l'article\n\nPublié le jeudi 19 novembre 2026 | Le Quotidien\n\nLa ministre a séjourné mercredi à Dakar. Une commission se réunira en mars 2027.", 2026, 11, 19)]
    // a town, a comma and an agency in brackets
    [InlineData("Titre\n\nLomé, 27 nov 2026 (AIP) – Le ministre a effectué une visite. Le prochain sommet aura lieu en janvier 2027.", 2026, 11, 27)]
    // an outlet's byline, a dash and the date closing the line; a planned event dated later in the text
    [InlineData("Titre de l'article\n\nLe Courrier du Ponant – Jeudi 12 novembre 2026\n\nLe ministre a reçu mardi sa collègue. Une commission mixte se réunira en mars 2027.", 2026, 11, 12)]
    [InlineData("Titre\n\nAgence Ponant | 15 octobre 2026\n\nLes deux pays ont signé mardi un protocole.\n- entrée en vigueur prévue en janvier 2027 ;", 2026, 10, 15)]
    // a numeric publication date with a two-digit year
    [InlineData("Titre\n\nPublié le 21-10-26 à 14h32 - Mis à jour le 21-10-26 à 16h05\n\nLe tribunal a rendu son jugement. L'appel sera jugé en mai 2027.", 2026, 10, 21)]
    public void APublicationLineNearTheTopDatesTheArticle(string text, int year, int month, int day)
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", text);
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal(new PartialDate(year, month, day), r.Articles[0].Date);
    }

    [Fact]
    public void ADateInTheBodyAfterATownIsNoDateline()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Titre\n\n" + new string('x', 900) + "\nParis, 3 janvier 2026, était calme. Le 5 mars 2026, la réunion a eu lieu.");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal(new PartialDate(2026, 3, 5), r.Articles[0].Date);
    }

    [Fact]
    public void BadInputsAreReportedAndSkippedWhileTheRestGoesOn()
    {
        using var dir = new TempFolder();
        dir.Write("empty.txt", "");
        dir.WriteBytes("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10 });
        dir.Write("good.txt", "Un texte correct sur la ville de Nantes.");
        dir.Write("baddate.txt", " date 2024-13-45 Le conseil s'est réuni le 2 mai 2024.");
        dir.Write("nobody.html", "<html><head><title>Accueil</title></head><body><nav>Menu Accueil Contact</nav><p>Bonjour.</p></body></html>");
        dir.Write("records.jsonl", "{\"id\":\"r1\",\"text\":\"Premier texte.\"}\n{\"title\":\"sans texte\"}\n{not json}\n");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal(new[] { "baddate", "good", "r1" }, r.Articles.Select(a => a.Id));
        string Msg(string file) => string.Join(" | ", r.Diagnostics.Where(d => d.SourcePath.EndsWith(file)).Select(d => d.ToString()));
        Assert.Contains("empty file", Msg("empty.txt"));
        Assert.Contains("binary", Msg("binary.txt"));
        Assert.Contains("@4", Msg("binary.txt"));
        Assert.Contains("malformed date header", Msg("baddate.txt"));
        Assert.Contains("no article body", Msg("nobody.html"));
        Assert.Contains("records.jsonl:2: skipped: record has no \"text\" field", Msg("records.jsonl"));
        Assert.Contains("records.jsonl:3: skipped: invalid JSON", Msg("records.jsonl"));
        var baddate = r.Articles[0];
        Assert.Equal("Le conseil s'est réuni le 2 mai 2024.", baddate.Text);
        Assert.Equal(new PartialDate(2024, 5, 2), baddate.Date);
    }

    [Fact]
    public void Windows1252IsDecodedWithAWarning()
    {
        using var dir = new TempFolder();
        // "Élysée : « déjà » – été" in Windows-1252
        var bytes = new byte[] { 0xC9, (byte)'l', (byte)'y', (byte)'s', 0xE9, 0xE9, (byte)' ', 0xAB, (byte)' ', (byte)'d', 0xE9, (byte)'j', 0xE0, (byte)' ', 0xBB, (byte)' ', 0x96, (byte)' ', (byte)'e', (byte)'t', 0xE9 };
        dir.WriteBytes("legacy.txt", bytes);
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal("Élyséé « déjà » – eté", r.Articles.Single().Text);
        var d = r.Diagnostics.Single();
        Assert.Contains("Windows-1252", d.Message);
        Assert.Equal(0, d.Offset);
    }

    [Fact]
    public void OversizedFileIsSkippedByTheSizeLimit()
    {
        using var dir = new TempFolder();
        var path = System.IO.Path.Combine(dir.Path, "huge.txt");
        using (var fs = File.Create(path)) fs.SetLength(ArticleIngestor.MaxFileBytes + 1);
        dir.Write("ok.txt", "Texte.");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal("ok", r.Articles.Single().Id);
        Assert.Contains("over the", r.Diagnostics.Single().Message);
    }

    [Fact]
    public void JsonRecordsAndManifestMetadata()
    {
        using var dir = new TempFolder();
        dir.Write("one.json", "{\"text\":\"Le texte.\",\"title\":\"T\",\"outlet\":\"Le Quotidien\",\"date\":\"2024-06-01T08:00:00Z\",\"author\":\"A. B.\",\"language\":\"en-GB\"}");
        dir.Write("many.json", "[{\"id\":\"x\",\"text\":\"X.\"},{\"text\":\"Y.\"}]");
        dir.Write("s1.txt", "Texte simple.");
        dir.Write("manifest.json", "{\"s1\":{\"author\":\"unknown\",\"outlet\":\"La Gazette\",\"url\":\"https://example.org/s1\",\"date\":\"2024-02-03\",\"title\":\"Titre\"},\"one\":{\"outlet\":\"Ignoré\",\"url\":\"https://example.org/one\"}}");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal(new[] { "many-2", "one", "s1", "x" }, r.Articles.Select(a => a.Id));
        var one = r.Articles.Single(a => a.Id == "one");
        Assert.Equal(("T", "Le Quotidien", "A. B.", "https://example.org/one"), (one.Title, one.Outlet, one.Author, one.Url));
        Assert.Equal(new PartialDate(2024, 6, 1), one.Date);
        Assert.Equal(DateProvenance.Metadata, one.DateProvenance);
        Assert.Equal("en", one.Language);
        var s1 = r.Articles.Single(a => a.Id == "s1");
        Assert.Equal(("La Gazette", "Titre", new PartialDate(2024, 2, 3)), (s1.Outlet, s1.Title, s1.Date!.Value));
        Assert.Null(s1.Author); // "unknown" in the manifest means not known
    }

    [Fact]
    public void HtmlMainTextWithoutBoilerplate()
    {
        using var dir = new TempFolder();
        var body = string.Join(" ", Enumerable.Repeat("Le conseil municipal a voté le budget de la ville.", 5));
        dir.Write("page.html", $@"<html><head><meta property=""og:site_name"" content=""Le Journal""><meta name=""author"" content=""Claire Dupin"">
<meta property=""article:published_time"" content=""2024-04-09T10:00:00+02:00""><title>Budget | Le Journal</title></head>
<body><header><a>Accueil</a></header><nav>Rubriques</nav>
<article><h1>Budget voté</h1><p>{body}</p><div class=""newsletter-box"">Inscrivez-vous</div><p>Deuxième paragraphe du texte.</p>
<div id=""comments"">Commentaire: nul</div></article><footer>Mentions légales</footer><script>var x=1;</script></body></html>");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        var a = r.Articles.Single();
        Assert.Equal("Budget voté\n\n" + body + "\n\nDeuxième paragraphe du texte.", a.Text);
        Assert.Equal(("Le Journal", "Claire Dupin", new PartialDate(2024, 4, 9)), (a.Outlet, a.Author, a.Date!.Value));
    }

    [Fact]
    public void BoilerplateLinesAreDroppedFromPlainText()
    {
        using var dir = new TempFolder();
        dir.Write("n.txt", "Le Site vous informe gratuitement, Recevez la liste des nouveaux articles\n\nLisez notre politique de confidentialité pour plus d'informations.\n\nLe vrai texte commence ici.");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        Assert.Equal("Le vrai texte commence ici.", r.Articles.Single().Text);
    }

    [Fact]
    public void AReadAlsoLineWithANoBreakSpaceBeforeItsColonIsDropped()
    {
        using var dir = new TempFolder();
        dir.Write("n.txt", "Le conseil a voté le budget.\n\nLire aussi\u00A0: Clinique de Vernon : le plan blanc déclenché\n\nÀ lire aussi\u202F: Grève des bus\n\nLa séance a été levée.");
        var r = _ingestor.IngestPaths(new[] { dir.Path });
        var text = r.Articles.Single().Text;
        Assert.DoesNotContain("lire aussi", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Vernon", text);
        Assert.StartsWith("Le conseil a voté le budget.", text);
        Assert.EndsWith("La séance a été levée.", text);
    }
}
