using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Names that particles, titles and first names shared with places or roles used to cut (invented sentences): a city that is
/// also a first name opens a person's name, Catalan, Spanish and Irish particles and an elided "d'" after a surname stay in the
/// name, Québec's "Dre" is a title, a capitalised role word that is also a first name opens a name, and the lexicon's first names
/// (generated from Grammalecte) count before a surname but do not make a lone word a person.
/// </summary>
public sealed class NameParticleAndFirstNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public NameParticleAndFirstNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Handball : Florence Lima marque sept buts face à Metz. L'ailière Florence Lima a été élue joueuse du match.", "Florence Lima")]
    [InlineData("La rencontre a tourné court. Victoria Nantes, la capitaine, a quitté le terrain en larmes.", "Victoria Nantes")]
    public void ACityThatIsAlsoAFirstNameOpensAPersonsName(string text, string person)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Person, person), found);
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Place && person.StartsWith(e.Label + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void ACityStaysAPlaceWhenNoNameFollowsIt()
    {
        var found = Entities("Le festival s'installe à Florence puis à Lima, a indiqué Marc Rey.");
        Assert.Contains((EntityKind.Place, "Florence"), found);
        Assert.Contains((EntityKind.Place, "Lima"), found);
    }

    [Theory]
    [InlineData("L'entraîneur du club, Jordi Puigvert i Soler, n'a pas caché sa déception.", "Jordi Puigvert i Soler")]
    [InlineData("Le philosophe Manuel Ortega y Gasset a été cité par la ministre.", "Manuel Ortega y Gasset")]
    [InlineData("Le Premier ministre irlandais, Ciarán Ó Murchú, a pris la parole à Bruxelles.", "Ciarán Ó Murchú")]
    [InlineData("Le directeur de la société, Yves Koné d’Almeida, a précisé le calendrier.", "Yves Koné d’Almeida")]
    public void ParticlesStayInTheName(string text, string person) =>
        Assert.Contains((EntityKind.Person, person), Entities(text));

    [Fact]
    public void QuebecsDreIsATitleNotAPartOfTheName()
    {
        var found = Entities("Originaire de Sherbrooke, la Dre Nadia Ouellet-Sirois dirige le service depuis 2024.");
        Assert.Contains((EntityKind.Person, "Nadia Ouellet-Sirois"), found);
        Assert.DoesNotContain(found, e => e.Label.StartsWith("Dre ", StringComparison.Ordinal));
    }

    [Fact]
    public void ARoleWordThatIsAlsoAFirstNameOpensANameWithoutADeterminer()
    {
        var found = Entities("Le procès de l'ancien directeur de l'agence, Pape Moussa Diop, s'est ouvert lundi. Le pape François a prié pour les victimes.");
        Assert.Contains((EntityKind.Person, "Pape Moussa Diop"), found);
        Assert.DoesNotContain((EntityKind.Person, "Moussa Diop"), found);
    }

    [Fact]
    public void TheLexiconsFirstNamesOpenANameButMakeNoLonePerson()
    {
        var found = Entities("Selon la Genevoise Laure Besson-Mottier, infirmière, la situation est grave. Les navires croisaient en mer Égée.");
        Assert.Contains((EntityKind.Person, "Laure Besson-Mottier"), found);
        Assert.DoesNotContain(found, e => e.Label.Contains("Genevoise", StringComparison.Ordinal));
        Assert.DoesNotContain((EntityKind.Person, "Égée"), found);
    }

    [Theory]
    [InlineData("Le maire de Quimper, Yann Morvan-Le Goff, a écrit au ministre.", "Yann Morvan-Le Goff")]
    [InlineData("La sénatrice Annick Pennec-La Roche a voté contre le texte.", "Annick Pennec-La Roche")]
    public void ACapitalisedArticleAfterAHyphenContinuesACompoundSurname(string text, string person) =>
        Assert.Contains((EntityKind.Person, person), Entities(text));

    [Theory]
    [InlineData("Elle a rencontré le commissaire européen chargé du commerce, Henrik Vos, mardi.", "Henrik Vos")]
    [InlineData("Le texte a été défendu par la députée Anna Tout devant la commission.", "Anna Tout")]
    public void AFunctionWordWrittenWithACapitalAfterAFirstNameIsTheSurname(string text, string person) =>
        Assert.Contains((EntityKind.Person, person), Entities(text));

    [Fact]
    public void ANameARoleMadeAPersonStaysAPersonWhereTheDocumentRepeatsIt()
    {
        var entities = Entities("Autour de la table, Lorraine Bourges, déléguée syndicale, a pris la parole. « Rien ne va », a dénoncé Lorraine Bourges à la sortie.");
        Assert.Contains((EntityKind.Person, "Lorraine Bourges"), entities);
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Organization);
    }
}
