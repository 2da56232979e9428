using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A state title with no country of its own ("le ministre de la Communication") in an article about two countries takes the
/// country that a nationality adjective of its own sentence names on a thing ("le peuple nigérien", "l'armée malienne"), before
/// the country the article names most; an adjective on another person's title ("la ministre italienne") marks that person's
/// side and is no cue (Posts/PostContext). Invented sentences.
/// </summary>
public sealed class SentenceCountryTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SentenceCountryTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 4)) });

    private static Post PostOf(ExtractionResult r, string holderPart) =>
        Assert.Single(r.Posts, p => p.HolderKey.Contains(holderPart, StringComparison.Ordinal));

    [Fact]
    public void AdjectiveOnAPeopleInTheQuoteSentenceNamesTheSpeakersState()
    {
        var r = Run("Le Niger a expulsé mardi l'ambassadeur de France, accusé d'ingérence. La France a protesté et la France a rappelé "
            + "que la France restait un partenaire. « Personne ne dictera au peuple nigérien sa conduite », a déclaré le ministre de la "
            + "Communication, Idrissa Maman-Sani.");
        Assert.Equal("niger", PostOf(r, "maman-sani").OrganizationKey);
    }

    [Fact]
    public void AdjectiveOnAnInstitutionBeforeTheTitleNamesItsState()
    {
        var r = Run("La Belgique a suspendu son aide au Mali, a annoncé Bruxelles. La Belgique et la Belgique seule en décidera. "
            + "L'armée malienne a repris la ville, a assuré le ministre de la Défense, Sadio Keïta-Diarra, lors d'un point presse.");
        Assert.Equal("mali", PostOf(r, "keita-diarra").OrganizationKey);
    }

    [Fact]
    public void AdjectiveOnAnotherPersonsTitleIsNoCue()
    {
        var r = Run("L'Algérie et l'Italie ont signé un accord gazier à Alger. L'Algérie en attend beaucoup, a dit Alger. "
            + "Le Premier ministre, Karim Benaouda, a reçu la ministre italienne de l'Énergie, Paola Ricci-Landi.");
        Assert.Equal("algerie", PostOf(r, "benaouda").OrganizationKey);
    }

    [Fact]
    public void TwoCountriesByAdjectiveInTheSentenceLeaveTheArticlesCountry()
    {
        var r = Run("Le Sénégal accueille un sommet régional à Dakar. Le Sénégal l'a préparé depuis un an avec le Mali. "
            + "Les produits maliens et les produits sénégalais circuleront librement, a promis le ministre du Commerce, Ousmane Diop-Sarr.");
        Assert.Equal("senegal", PostOf(r, "diop-sarr").OrganizationKey);
    }
}
