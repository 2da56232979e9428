using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Every attendee of a list, not all but one (issue 9: an outside scorer wants the participants exactly): a plural compound
/// title before the first name, a subject list continued by "ainsi que", and ", tout comme Y" after the meeting; invented
/// sentences through the whole pipeline (article dated 2026-05-15, a Friday).
/// </summary>
public sealed class MeetingAttendeeListTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingAttendeeListTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 15)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void A_compound_plural_title_before_a_list_keeps_its_first_name()
    {
        var r = Run("Les chefs de gouvernement Thomas Delvaux (Belgique), Maarten Oosterhuis (Pays-Bas) et Claude Weber (Luxembourg) "
            + "se sont retrouvés jeudi au château de Senningen pour parler de criminalité organisée.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("claude-weber,maarten-oosterhuis,thomas-delvaux", Keys(m));
    }

    [Fact]
    public void A_title_with_its_own_complement_before_a_name_still_makes_it_a_complement()
    {
        // "l'équipe du président X": the name after "du président" belongs to the complement, it is not the subject
        var r = Run("L'équipe du président Paul Garnier a rencontré lundi Anne Morel.");
        var m = Assert.Single(r.Meetings);
        Assert.DoesNotContain("paul-garnier", m.AttendeeKeys);
    }

    [Fact]
    public void A_subject_list_continued_by_ainsi_que_is_one_clause()
    {
        var r = Run("Le chef de la diplomatie nigérienne, Hamadou Issaka, ses homologues malien et burkinabè, Modibo Keïta et Aminata Zida, "
            + "ainsi que le diplomate russe ont participé mardi à cette réunion à huis clos.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("aminata-zida,hamadou-issaka,modibo-keita", Keys(m));
    }

    [Fact]
    public void A_reported_clause_after_que_still_starts_a_new_subject()
    {
        var r = Run("Paul Garnier a indiqué que Anne Morel et Marc Tissot se sont rencontrés mardi à Lyon.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("anne-morel,marc-tissot", Keys(m));
    }

    [Fact]
    public void Tout_comme_and_de_meme_que_after_a_comma_add_the_persons_named_next()
    {
        var r = Run("L'entraîneur en chef de l'équipe de France, David Chaumont, participait mardi à la réunion, tout comme son homologue suisse, Beat Hofer.");
        Assert.Equal("beat-hofer,david-chaumont", Keys(Assert.Single(r.Meetings)));
        var r2 = Run("La ministre Anne Morel a reçu lundi le maire, Paul Vidal, de même que le préfet Marc Tissot.");
        Assert.Equal("anne-morel,marc-tissot,paul-vidal", Keys(Assert.Single(r2.Meetings)));
    }

    [Fact]
    public void Tout_comme_before_a_clause_adds_no_one()
    {
        var r = Run("La ministre Anne Morel a reçu lundi le maire Paul Vidal, tout comme l'avait fait son prédécesseur Jean Roux en 2019.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("anne-morel,paul-vidal", Keys(m));
    }

    [Fact]
    public void An_object_list_of_titles_each_with_its_apposed_name_gives_every_name()
    {
        var r = Run("La ministre fédérale de la Mobilité, Florence Vandermeulen (MR), avait reçu mardi le président de la CGSP Cheminots, "
            + "Rachid Benyamina, la secrétaire nationale de la CSC-Transcom, Laurence Mertens, et le président du SACT, Pieter Van Damme, "
            + "pour tenter d'éviter la grève.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("florence-vandermeulen,laurence-mertens,pieter-van-damme,rachid-benyamina", Keys(m));
        var r2 = Run("Le vice-président du Parlement européen Tomasz Zielinski a reçu mardi la maire de Strasbourg, Aurélie Kempf, "
            + "et la présidente de l'Eurométropole, Jacqueline Holtzer.");
        Assert.Equal("aurelie-kempf,jacqueline-holtzer,tomasz-zielinski", Keys(Assert.Single(r2.Meetings)));
    }

    [Fact]
    public void A_phrase_that_is_no_title_between_two_names_ends_the_list()
    {
        var r = Run("Le ministre Paul Garnier a reçu mardi la maire de Strasbourg, Aurélie Kempf, la veille de la visite du préfet, Marc Roux.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("aurelie-kempf,paul-garnier", Keys(m));
    }
}
