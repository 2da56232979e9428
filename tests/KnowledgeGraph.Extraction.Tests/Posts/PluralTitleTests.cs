using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>A plural title shared by a list of names gives each person a post (invented sentences).</summary>
public sealed class PluralTitleTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PluralTitleTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static (string Holder, string Role, string? Org)[] Posts(ExtractionResult r) =>
        r.Posts.Select(p => (p.HolderKey, p.RoleKey, p.OrganizationKey)).OrderBy(x => x.HolderKey, StringComparer.Ordinal).ToArray();

    [Fact]
    public void CoordinatedNationalityAdjectivesAreDistributedInOrder()
    {
        var r = Run("Les présidents français et russe Luc Aubrac et Oleg Smirnov se sont parlé au téléphone lundi soir.");
        Assert.Equal(new (string, string, string?)[] { ("luc-aubrac", "president", "france"), ("oleg-smirnov", "president", "russie") }, Posts(r));
        Assert.All(r.Posts, p => Assert.StartsWith("président", p.Label));
    }

    [Fact]
    public void ThreeAdjectivesAndThreeNamesAfterAComma()
    {
        var r = Run("Les ministres allemand, polonais et tchèque des Finances, Jonas Weber, Piotr Zielinski et Tomas Dvorak, ont signé mardi une lettre commune.");
        Assert.Equal(new (string, string, string?)[]
        {
            ("jonas-weber", "ministre-des-finances", "allemagne"),
            ("piotr-zielinski", "ministre-des-finances", "pologne"),
            ("tomas-dvorak", "ministre-des-finances", "republique-tcheque"),
        }, Posts(r));
    }

    [Fact]
    public void LiberianAndDominicanAdjectivesNameTheirCountries()
    {
        var r = Run("Les ministres des Affaires étrangères libérien et dominicain, Joseph Kollie-Brown et Ramón Peralta-Cruz, ont signé mardi un accord sur les visas.");
        var posts = Posts(r);
        Assert.Equal(2, posts.Length);
        Assert.Equal("liberia", posts.Single(p => p.Holder.StartsWith("joseph", StringComparison.Ordinal)).Org);
        Assert.Equal("republique-dominicaine", posts.Single(p => p.Holder.StartsWith("ramon", StringComparison.Ordinal)).Org);
    }

    [Fact]
    public void BracketedCountriesGiveEachHolderTheirCountry()
    {
        var r = Run("Les chefs de gouvernement Petar Ivanov (Bulgarie), Ciarán Walsh (Irlande) et Rui Matos (Portugal) ont défendu le budget européen.");
        Assert.Equal(new (string, string, string?)[]
        {
            ("ciaran-walsh", "premier-ministre", "irlande"),
            ("petar-ivanov", "premier-ministre", "bulgarie"),
            ("rui-matos", "premier-ministre", "portugal"),
        }, Posts(r));
        Assert.All(r.Posts, p => Assert.StartsWith("chef de gouvernement", p.Label));
    }

    [Fact]
    public void CoordinatedPortfoliosAreDistributedInOrder()
    {
        var r = Run("Les ministres des Armées et des Affaires étrangères, Claire Dumesnil et Paul Rivaud, sont arrivés jeudi à Dakar.");
        Assert.Equal(new (string, string, string?)[]
        {
            ("claire-dumesnil", "ministre-des-armees", null),
            ("paul-rivaud", "ministre-des-affaires-etrangeres", null),
        }, Posts(r));
    }

    [Fact]
    public void OneSharedPortfolioAndCountryGoToEveryName()
    {
        var r = Run("Selon la préfecture, les maires de Villefranche et de Saint-Aubin, Annie Lebrun et Marc Tissot, ont été reçus. Les ministres belges de l'Intérieur Anke Peeters et Marc Dubois se retrouveront à Namur.");
        var ministers = Posts(r).Where(p => p.Role.StartsWith("ministre", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new (string, string, string?)[]
        {
            ("anke-peeters", "ministre-de-l-interieur", "belgique"),
            ("marc-dubois", "ministre-de-l-interieur", "belgique"),
        }, ministers);
    }

    [Fact]
    public void APluralTitleWithoutNamesGivesNoPost()
    {
        var r = Run("Les ministres des Finances de la zone euro se réunissent lundi à Bruxelles.");
        Assert.Empty(r.Posts);
    }
}
