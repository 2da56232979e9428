using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Speakers of session 11, invented sentences through the whole pipeline, of many shapes (pronouns, titles, inverted subjects,
/// organizations, continuations) so that the rules of this session are checked beside the older ones. New this session: a
/// quotation incise with a verb no lexicon lists ("« … », grince X", "s'étrangle X", "a grincé X"); a discourse adverbial
/// between the verb and its inverted subject ("juge pour sa part X"); a subject relative pronoun standing for the mention
/// before it ("X, qui estime que …", also past a description apposed to X); a bare participle after a quotation is no
/// incise ("« … », accusées de …"); a titled subject after a participial lead ("Reçu par …, l'édile est ressorti"); a title
/// with an adjective stands for the one person introduced with its head ("le maire écologiste"); a name inside a
/// description apposed to the subject is not the subject ("X, élue sous l'étiquette Y, a …"); a post signed after a dash
/// ("« … » — X (@X)").
/// </summary>
public sealed class SpeakerRound11Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound11Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) =>
        _pipeline.Run([new Article("a", text, "mem", Date: new PartialDate(2026, 11, 18))]);

    private static string Dump(ExtractionResult r) => string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": «" + c.Text + "»"));

    [Theory]
    [InlineData("p01", "Le maire de Brest, Yannick Quéré, a présenté son budget mardi. « Nous ne toucherons pas aux impôts locaux », a-t-il assuré.", "yannick-quere", "impôts locaux")]
    [InlineData("p02", "La directrice de l'hôpital, Nadège Perrin, a reçu les syndicats. « Les lits fermés rouvriront en janvier », poursuit-elle.", "nadege-perrin", "lits fermés")]
    [InlineData("p03", "Le député Étienne Varlet a voté contre le texte. Selon lui, la réforme « sacrifie les petites retraites ».", "etienne-varlet", "petites retraites")]
    [InlineData("p04", "La sénatrice Odile Brunet a quitté l'hémicycle. Selon elle, le gouvernement a « trahi sa parole ».", "odile-brunet", "trahi sa parole")]
    [InlineData("p05", "« Le site restera ouvert jusqu'en juin », a déclaré le directeur de l'usine, Gilles Marchetti.\n\n« Après, nous verrons avec les repreneurs ce qui est possible pour les salariés. »", "gilles-marchetti", "repreneurs")]
    [InlineData("p06", "La maire de Rouen, Sylvie Gaudin, a inauguré la passerelle. La maire a estimé que « la ville devait se réconcilier avec son fleuve ».", "sylvie-gaudin", "fleuve")]
    [InlineData("p07", "Le porte-parole du gouvernement, Arnaud Delmas, a rendu compte du conseil des ministres. « Aucune hausse de la TVA n'est prévue », a indiqué le porte-parole du gouvernement.", "arnaud-delmas", "TVA")]
    [InlineData("p08", "« Nous ne céderons pas au chantage », a affirmé mardi soir, lors d'une conférence de presse à Lille, le préfet Bruno Lacaze.", "bruno-lacaze", "chantage")]
    [InlineData("p09", "« Nous ne céderons pas au chantage », a affirmé, devant les journalistes réunis à la préfecture, Bruno Lacaze.", "bruno-lacaze", "chantage")]
    [InlineData("p10", "L'association Terres Vivantes a dénoncé le projet. « Ce barrage détruira trois kilomètres de zones humides », ajoute l'association.", "terres-vivantes", "zones humides")]
    [InlineData("p11", "Le projet de barrage sera soumis à enquête publique. Selon un communiqué de la Ligue pour la protection des oiseaux, « ce barrage détruira trois kilomètres de zones humides ».", "ligue-pour-la-protection-des-oiseaux", "zones humides")]
    [InlineData("p12", "Pour la syndicaliste Carine Lemaître, « cette réforme va vider les hôpitaux de leurs soignants ».", "carine-lemaitre", "soignants")]
    [InlineData("p13", "Pour Carine Lemaître, secrétaire générale du syndicat, cette réforme va vider les hôpitaux de leurs soignants.", "carine-lemaitre", "soignants")]
    [InlineData("p14", "« Cette réforme va vider les hôpitaux de leurs soignants », estime Carine Lemaître, secrétaire générale du syndicat.", "carine-lemaitre", "soignants")]
    [InlineData("p15", "Le ministre de l'Intérieur, Hervé Castaing, a rencontré la maire de Nantes, Julie Roussel. « La sécurité des habitants passe avant tout », a-t-elle insisté.", "julie-roussel", "sécurité des habitants")]
    [InlineData("p16", "Interrogé par l'AFP, le président du club, Marco Bellini, a reconnu que « la saison était compromise ».", "marco-bellini", "saison")]
    [InlineData("p17", "« La saison est compromise », a reconnu auprès de l'AFP le président du club, Marco Bellini.", "marco-bellini", "saison")]
    [InlineData("p19", "Le patron de Vectoria, Paul Hennequin, a présenté les résultats. « Nous allons embaucher 300 personnes en 2027 », a annoncé le patron de Vectoria.", "paul-hennequin", "embaucher")]
    [InlineData("p20", "Le groupe Vectoria a annoncé la fermeture de son usine de Douai. « Cette décision est douloureuse mais nécessaire », indique le groupe dans un communiqué.", "vectoria", "douloureuse")]
    [InlineData("p21", "Marie Tessier, ancienne ministre, a quitté le parti. « Je ne me reconnais plus dans cette formation », explique-t-elle dans un entretien au Parisien.", "marie-tessier", "reconnais")]
    [InlineData("p22", "Marie Tessier a quitté le parti dimanche.\n\n« Je ne me reconnais plus dans cette formation. Les militants ont été oubliés », écrit l'ancienne ministre dans une lettre.", "marie-tessier", "reconnais")]
    [InlineData("p23", "Le Premier ministre belge, Koen Verstraeten, a reçu les syndicats. Le chef du gouvernement a assuré que « l'indexation des salaires ne serait pas remise en cause ».", "koen-verstraeten", "indexation")]
    [InlineData("p25", "Le syndicat a appelé à la grève. « Nous irons jusqu'au bout », a lancé son secrétaire général, Rémi Caron.", "remi-caron", "jusqu'au bout")]
    [InlineData("p26", "Rémi Caron ne décolère pas. « On nous a menti sur les chiffres, et on continue de nous mentir », lâche le syndicaliste.", "remi-caron", "menti")]
    [InlineData("p27", "Rémi Caron, secrétaire général de la CGT Cheminots, a pris la parole. « On nous a menti sur les chiffres", "remi-caron", "menti")]
    [InlineData("p29", "Le maire Paul Garnier a défendu le projet. « Ce projet est une chance pour la ville », a-t-il déclaré. « C'est une folie écologique », grince l'opposante Claire Vasseur.", "claire-vasseur", "folie")]
    [InlineData("p30", "Le maire Paul Garnier a défendu le projet. « Ce projet est une chance pour la ville », a-t-il déclaré. « C'est une folie écologique », s'étrangle Claire Vasseur, conseillère d'opposition.", "claire-vasseur", "folie")]
    [InlineData("p31", "Le maire Paul Garnier a défendu le projet. « Ce projet est une chance pour la ville », a-t-il déclaré. « On nous prend pour des idiots », fulmine un riverain, Marcel Dufour.", "marcel-dufour", "idiots")]
    [InlineData("p33", "Le maire Paul Garnier a défendu le projet. « Ce projet est une chance pour la ville », a-t-il déclaré. « Les chiffres sont têtus », a grincé le député Hugo Martel.", "hugo-martel", "têtus")]
    [InlineData("p36", "La ministre Anne Collet a reçu le syndicaliste Marc Petit. « Le dialogue est rompu », a-t-il regretté. « Ma porte reste ouverte », a-t-elle répondu.", "anne-collet", "porte reste")]
    [InlineData("p38", "Le ministre Paul Garnier a défendu la réforme. Même son de cloche chez Paul Simon, qui estime que « la réforme arrive trop tard ».", "paul-simon", "trop tard")]
    [InlineData("p39", "« Il faut agir vite », a déclaré Paul Simon, qui a ajouté que « chaque jour compte pour les familles ».", "paul-simon", "chaque jour")]
    [InlineData("p41", "Le ministre Paul Garnier a défendu la réforme. Laure Denis, elle, juge que « le calendrier est intenable ».", "laure-denis", "intenable")]
    [InlineData("p43", "Le ministre Paul Garnier a défendu la réforme. « Le calendrier est intenable », juge pour sa part Laure Denis, présidente de la fédération.", "laure-denis", "intenable")]
    [InlineData("p44", "Le ministre Paul Garnier a défendu la réforme. « Le calendrier est intenable », soupire de son côté la présidente de la fédération, Laure Denis.", "laure-denis", "intenable")]
    [InlineData("p45", "Paul Garnier a défendu la réforme devant les députés mardi.\n\n« Le calendrier est tenable. Nous avons les moyens de tenir nos engagements », a-t-il martelé.", "paul-garnier", "calendrier")]
    [InlineData("p47", "La proposition a été saluée par Anne Roux, qui a estimé que « c'est un pas dans la bonne direction ».", "anne-roux", "bonne direction")]
    [InlineData("p48", "Le ministre Paul Garnier a défendu la réforme. « Le compte n'y est pas », estime pour sa part la syndicaliste Nadia Ferhat.", "nadia-ferhat", "compte")]
    [InlineData("p49", "Le ministre Paul Garnier a défendu la réforme. « Le compte n'y est pas », a déclaré de son côté Nadia Ferhat, secrétaire de la section.", "nadia-ferhat", "compte")]
    [InlineData("p50", "Le ministre Paul Garnier a défendu la réforme. Le texte est jugé trop timide par Nadia Ferhat, qui réclame « un vrai plan de rattrapage ».", "nadia-ferhat", "rattrapage")]
    [InlineData("p51", "Jeanne Morel, 67 ans, a tout perdu dans l'incendie. « Nous sommes partis en pleine nuit, sans rien emporter.\n« Aujourd'hui, nous dormons chez ma fille. On ne sait pas quand on pourra rentrer », raconte-t-elle.", "jeanne-morel", "dormons")]
    [InlineData("p53", "Le maire de Quimper, Loïc Tanguy, a reçu les commerçants. « Le centre-ville doit rester accessible », a assuré l'édile.", "loic-tanguy", "centre-ville")]
    [InlineData("p54", "Le ministre des Affaires étrangères, Bernard Loisel, est arrivé à Rabat. « Nos deux pays partagent une longue histoire », a déclaré le chef de la diplomatie française.", "bernard-loisel", "longue histoire")]
    [InlineData("p55", "Nadia Ferhat : « Nous ne lâcherons rien »\nLa syndicaliste a pris la parole devant trois cents grévistes mardi à Lyon.", "nadia-ferhat", "lâcherons")]
    [InlineData("p56", "Le ministre Paul Garnier a défendu la réforme. « Nous ne lâcherons rien. Les salariés méritent mieux », a réagi auprès de l'AFP Nadia Ferhat, secrétaire générale de la section.", "nadia-ferhat", "lâcherons")]
    [InlineData("p57", "Le ministre Paul Garnier a défendu la réforme. « Les salariés méritent mieux », a-t-il déclaré, avant d'ajouter : « Nous tiendrons nos engagements jusqu'au bout. »", "paul-garnier", "engagements")]
    [InlineData("p58", "Le ministre Paul Garnier a défendu la réforme mardi. Nadia Ferhat, elle, ne décolère pas. « Les salariés méritent mieux que ces miettes. »", "nadia-ferhat", "miettes")]
    [InlineData("p59", "« La frontière est réglée en droit, pas encore dans les têtes », observe Albert Nkodo, chercheur au think tank camerounais Cercle Horizon, qui s'inquiète de la montée des enlèvements dans le nord.", "albert-nkodo", "enlèvements")]
    [InlineData("p60", "Le président de la Fédération nationale des cordonniers (FNC), section artisanale, Mamadou Ould Dah, dénonce « la concurrence déloyale des chaînes étrangères et des usines de semelles », accusées de vider le marché.", "mamadou-ould-dah", "concurrence")]
    [InlineData("p61", "Le maire de Thann, Gérard Holtz, parle lui d'un « abandon ». Reçu mercredi à Colmar par la directrice de l'ARS, en compagnie de la députée Sandrine Klein et du président de la communauté de communes, Michel Zimmer, l'édile est ressorti « sans aucune garantie ». « On nous dit trois mois. À Altkirch, on nous avait dit trois mois aussi, et ça fait deux ans », rappelle-t-il.", "gerard-holtz", "trois mois")]
    [InlineData("p62", "La ministre de la Culture, Hélène Bruckner, a visité le musée. Accueillie par le conservateur, Marc Oberlin, et par le maire, Denis Faure, la ministre a longuement parlé aux agents. « Ce musée est un trésor national », a-t-elle déclaré.", "helene-bruckner", "trésor")]
    [InlineData("p63", "Le ministre de l'Intérieur, Olivier Rambert, a félicité les policiers.\n\n« Merci aux policiers et aux magistrats. Mais sans éducateurs, les points de deal se reconstitueront ailleurs. » — Lucas Ferrand (@LucasF_Toulon)", "lucas-ferrand", "éducateurs")]
    [InlineData("p64", "Le ministre de l'Intérieur, Olivier Rambert, s'est entretenu jeudi soir au téléphone avec le maire de Toulon, Lucas Ferrand, pour le féliciter. Les deux hommes ont convenu de se revoir.\n\nLe maire écologiste a salué sur ses réseaux sociaux « une étape décisive pour le quartier ».", "lucas-ferrand", "étape")]
    [InlineData("p65", "Le ministre de la Santé, Paul Dufresne, a reçu la ministre de la Santé belge, Anne Peeters. « Nous partagerons nos stocks de vaccins », a promis la ministre belge.", "anne-peeters", "vaccins")]
    [InlineData("p66", "Sandrine Klein, élue en juin 2024 sous l'étiquette Horizons, a de son côté fait part de son intention d'interpeller la ministre de la Santé lors des questions au gouvernement.", "sandrine-klein", "interpeller")]
    [InlineData("p67", "Marc Aubry, élu sous l'étiquette du Parti socialiste en 2020, a estimé que « la ville n'a plus les moyens de ses ambitions ».", "marc-aubry", "ambitions")]
    [InlineData("p68", "L'enquête a été ouverte lundi. « Nous allons porter plainte », a annoncé mardi à l'AFP l'avocat de la famille, Me Julien Castel.", "julien-castel", "plainte")]
    [InlineData("p69", "L'enquête a été ouverte lundi. « Nous allons porter plainte », a annoncé Me Julien Castel, l'avocat de la famille.", "julien-castel", "plainte")]
    [InlineData("p70", "Contacté par Le Parisien, le directeur de l'école, Paul Arnaud, a confirmé que « deux classes fermeront à la rentrée ».", "paul-arnaud", "classes")]
    [InlineData("p71", "« Deux classes fermeront à la rentrée », confirme au Parisien le directeur de l'école, Paul Arnaud.", "paul-arnaud", "classes")]
    [InlineData("p74", "Emmanuel Dupuis l'a répété lundi : « Nous ne reculerons pas sur la réforme. »", "emmanuel-dupuis", "reculerons")]
    [InlineData("p75", "« Nous ne reculerons pas », a répété lundi le chef de l'État, Emmanuel Dupuis, en marge d'un déplacement à Lyon.", "emmanuel-dupuis", "reculerons")]
    [InlineData("p77", "« Nous ne reculerons pas », a répété Emmanuel Dupuis, avant de préciser que « la réforme ira à son terme ».", "emmanuel-dupuis", "terme")]
    [InlineData("p78", "Le président Emmanuel Dupuis a reçu les syndicats. « Nous ne reculerons pas », a-t-il répété, avant d'ajouter : « La réforme ira à son terme. »", "emmanuel-dupuis", "terme")]
    [InlineData("p79", "Le ministre britannique des Affaires étrangères, John Carter, a appelé à la fermeté. La ministre finlandaise des Affaires étrangères, Aino Laine, est allée dans le même sens. « Nous n'avons vu aucune concession de l'agresseur », a-t-elle déclaré.", "aino-laine", "concession")]
    [InlineData("p80", "Le joueur s'est entretenu mardi avec l'entraîneur marseillais, Paolo Bertini, qui lui a présenté son projet.\n\nL'entraîneur toulousain Jordi Ferrer ne veut pas entendre parler d'un départ. « J'ai besoin de lui jusqu'en mai », a estimé le technicien catalan vendredi.", "jordi-ferrer", "besoin de lui")]
    [InlineData("p81", "Le secrétaire général de l'UGTT, Karim Slama, a appelé à la grève. Le secrétaire général adjoint de l'UGTT, Nabil Ferchichi, a affirmé s'être entretenu avec le chef du gouvernement. « Le chef du gouvernement nous a assuré que le dialogue n'était pas rompu », a-t-il rapporté.", "nabil-ferchichi", "dialogue")]
    [InlineData("p82", "« Ce n'est plus une grève, c'est un abonnement », ironise Giulia Rinaldi, porte-parole des usagers du rail, qui réclame un service minimum « digne de ce nom ».", "giulia-rinaldi", "digne")]
    public void TheSpeakerIsFound(string id, string text, string speaker, string words)
    {
        var r = Run(text);
        Assert.True(r.Claims.Any(c => c.SpeakerKey == speaker && c.Text.Contains(words, StringComparison.Ordinal)), id + " => " + Dump(r));
    }

    [Theory]
    [InlineData("w03", "Le ministre italien de l'Intérieur, Carlo Ferri, a reçu son homologue. Le ministre français a, de son côté, affirmé que la frontière « n'est pas une passoire ».", "carlo-ferri")]
    [InlineData("w04", "« Métro A et D : une rame sur trois ce mardi. Tram : service normal. » — Réseau Transports Lyonnais (@TCL)", "reseau-transports-lyonnais")]
    [InlineData("w05", "Le maire, Paul Garnier, a rencontré les syndicats, qui estiment que « le compte n'y est pas ».", "paul-garnier")]
    [InlineData("w01", "Le ministre Paul Garnier a rencontré les syndicats, qui estiment que « le compte n'y est pas ».", "paul-garnier")]
    [InlineData("w02", "Le ministre Paul Garnier a défendu la réforme devant la commission, qui a jugé que « le texte était incomplet ».", "paul-garnier")]
    public void NotThisSpeaker(string id, string text, string notSpeaker)
    {
        var r = Run(text);
        Assert.True(r.Claims.All(c => c.SpeakerKey != notSpeaker), id + " => " + Dump(r));
    }

    [Theory]
    [InlineData("n01", "Le restaurant « Chez Paulette », rue des Lilas, a fermé ses portes après trente ans.")]
    [InlineData("n02", "Le ministre Paul Garnier a lu « Les Misérables », publié en 1862, pendant l'été.")]
    [InlineData("n03", "Le film « La Grande Évasion », sort mercredi dans les salles.")]
    public void NoClaimWithoutAnIncise(string id, string text)
    {
        var r = Run(text);
        Assert.True(r.Claims.Count == 0, id + " => " + Dump(r));
    }
}
