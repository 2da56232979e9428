using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Eighth round of meeting rules (issue 9, session 11): titles standing for the person the article named with them,
/// on invented sentences through the whole pipeline (article dated 2026-11-12, a Thursday).</summary>
public sealed class MeetingRound8Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound8Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 11, 12)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    /// <summary>The meetings found, for a failure message.</summary>
    private static string Told(ExtractionResult r) => string.Join(" | ", r.Meetings.Select(m => $"{m.Type} {Keys(m)} {m.Date} {m.Status}"));

    private static void HasMeeting(ExtractionResult r, string keys) => Assert.True(r.Meetings.Any(m => Keys(m) == keys), Told(r));

    [Fact]
    public void ATitledSubjectNamedBeforeVisitsInCompany()
    {
        var r = Run("Le ministre chargé de la Ruralité, Gaston Pelletier-Amrani, a annoncé mercredi un plan pour les écoles. "
            + "Le ministre chargé de la Ruralité a visité jeudi matin les urgences de l'hôpital de Brassac, en compagnie du directeur général de l'hôpital, Hervé Dumas-Loret, et du préfet, Jean Orlac.");
        HasMeeting(r, "gaston-pelletier-amrani,herve-dumas-loret,jean-orlac");
    }

    [Fact]
    public void ATitledPossessorOfAMeetingNounIsItsHolder()
    {
        var r = Run("La ministre de la Santé, Odile Carmantrand-Sy, a annoncé mardi un plan contre la dengue. "
            + "La rencontre de la ministre avec le représentant de l'Unicef, Paul Ebanga-Mfou, s'est tenue lundi au ministère.");
        HasMeeting(r, "odile-carmantrand-sy,paul-ebanga-mfou");
    }

    [Fact]
    public void ABareTitleCoordinatedInEntreIsItsHolder()
    {
        var r = Run("La ministre de la Culture, Odile Carmantrand-Sy, était mardi à Lille. "
            + "La rencontre prévue jeudi entre la ministre et le président du conseil régional, Paul Ebanga-Mfou, a été reportée.");
        HasMeeting(r, "odile-carmantrand-sy,paul-ebanga-mfou");
    }

    [Fact]
    public void ABareTitleObjectOfAConditionalMeetingVerbIsItsHolder()
    {
        var r = Run("Le recteur de l'université, Marc-Aurèle Tanguay, a défendu mardi sa décision. "
            + "Le député Luc Berthiaume-Roy a indiqué qu'il rencontrerait le recteur vendredi.");
        HasMeeting(r, "luc-berthiaume-roy,marc-aurele-tanguay");
    }

    [Fact]
    public void TheTwoLeadersReceivedByAMinisterAreThePairNamedBefore()
    {
        var r = Run("La présidente de la société, Inès Farouki-Lenoir, se félicite de la levée de fonds. "
            + "Le directeur général, Maxime Sauvat, est plus prudent. "
            + "Lundi, les deux dirigeants ont été reçus à Bercy par le ministre délégué au Numérique, Arnaud Peyrelongue.");
        HasMeeting(r, "arnaud-peyrelongue,ines-farouki-lenoir,maxime-sauvat");
    }

    [Fact]
    public void ATitleWordedOtherwiseThanTheStatedPostIsNotItsHolder()
    {
        var r = Run("Le ministre chargé de la Ruralité, Gaston Pelletier-Amrani, a annoncé mercredi un plan pour les écoles. "
            + "Le ministre chargé du Logement a visité jeudi matin les urgences de l'hôpital de Brassac, en compagnie du directeur général de l'hôpital, Hervé Dumas-Loret, et du préfet, Jean Orlac.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("gaston-pelletier-amrani"));
    }

    [Fact]
    public void ABareTitleInEntreWithNoOneOfThatGenderNamedAddsNobody()
    {
        var r = Run("Le syndicat des enseignants a appelé à la grève mardi. "
            + "La rencontre prévue jeudi entre la ministre et le secrétaire général du syndicat, Paul Ebanga-Mfou, a été reportée.");
        Assert.All(r.Meetings, m => Assert.Equal("paul-ebanga-mfou", Keys(m)));
    }

    [Fact]
    public void ATitledComplementFollowedByANameIsThatName()
    {
        var r = Run("La ministre de la Santé, Odile Carmantrand-Sy, a annoncé mardi un plan contre la dengue. "
            + "La rencontre du ministre Jules Ondoa-Mballa avec le représentant de l'Unicef, Paul Ebanga-Mfou, s'est tenue lundi au ministère.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("odile-carmantrand-sy"));
        HasMeeting(r, "jules-ondoa-mballa,paul-ebanga-mfou");
    }

    [Fact]
    public void AMaleTitledComplementIsNotTheWomanNamedBefore()
    {
        var r = Run("La ministre de la Santé, Odile Carmantrand-Sy, a annoncé mardi un plan contre la dengue. "
            + "La rencontre du président avec le représentant de l'Unicef, Paul Ebanga-Mfou, s'est tenue lundi au ministère.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("odile-carmantrand-sy"));
    }

    [Fact]
    public void ABareTitleSecondInTheEntrePairIsItsHolder()
    {
        var r = Run("Le recteur de l'université, Marc-Aurèle Tanguay, a défendu mardi sa décision devant les étudiants. "
            + "Une rencontre entre la députée Julie Berthiaume-Roy et le recteur a eu lieu mercredi à Ottawa.");
        HasMeeting(r, "julie-berthiaume-roy,marc-aurele-tanguay");
    }

    [Fact]
    public void APossessiveOpeningTheSentenceIsThePersonTheSentenceBeforeWasAbout()
    {
        var r = Run("La ministre des Sports, Delphine Ouattara-Morel, avait fait le déplacement mercredi à Lyon. "
            + "Sa rencontre avec le président de la fédération, Hugo Lemaître-Adjovi, a duré plus d'une heure.");
        HasMeeting(r, "delphine-ouattara-morel,hugo-lemaitre-adjovi");
    }

    [Fact]
    public void AFrontedPossessivePhraseKeepsTheSubjectAfterTheComma()
    {
        var r = Run("La ministre des Sports, Delphine Ouattara-Morel, avait fait le déplacement mercredi à Lyon. "
            + "Lors de son entretien avec Hugo Lemaître-Adjovi, le préfet Jean Orlac a plaidé pour un nouveau stade.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("delphine-ouattara-morel") && m.AttendeeKeys.Contains("hugo-lemaitre-adjovi"));
    }

    [Fact]
    public void ABareFeminineTitleIsNotAMaleHolderOfThatWord()
    {
        var r = Run("La ministre de l'Éducation, Claire Ilboudo-Mensah, a reçu mardi les syndicats. "
            + "Le ministre des Finances, Paul Kaboré-Sawadogo, a annoncé une rallonge budgétaire. "
            + "Une rencontre entre la ministre et le secrétaire général du syndicat, Jean Orlac, est prévue vendredi.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("paul-kabore-sawadogo"));
        Assert.Contains(r.Meetings, m => m.AttendeeKeys.Contains("claire-ilboudo-mensah") && m.AttendeeKeys.Contains("jean-orlac"));
    }
}
