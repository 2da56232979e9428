using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Language;

/// <summary>The speech-verb sites layer on invented news sentences (Resources/patterns-speech-predicates-fr.tsv).</summary>
public sealed class SpeechVerbSiteTests(ResourcesFixture fixture) : IClassFixture<ResourcesFixture>
{
    private List<string> Sites(string text)
    {
        var doc = new AnalyzedDocument(new Article("t", text, "mem"), 0);
        new TokenizerComponent().Process(doc, CancellationToken.None);
        new MorphologyComponent(fixture.Resources).Process(doc, CancellationToken.None);
        new SpeechVerbSiteComponent(fixture.Resources).Process(doc, CancellationToken.None);
        return doc.SpeechVerbSites.Select(m => $"{m.Label}:{doc.TextOf(m.Span)}").ToList();
    }

    [Fact]
    public void OneWordVerbsInAnyTense()
    {
        Assert.Equal(new[] { "speech:déclaré" }, Sites("Le maire a déclaré que le pont rouvrira."));
        Assert.Equal(new[] { "speech:martèlent" }, Sites("Les syndicats martèlent leur opposition."));
        Assert.Equal(new[] { "speech:préviendra" }, Sites("La préfète préviendra les communes."));
        Assert.Equal(new[] { "speech:Estimant" }, Sites("Estimant le projet trop coûteux, le conseil recule."));
    }

    [Fact]
    public void MultiWordAndReflexivePredicates()
    {
        Assert.Equal(new[] { "speech:mis en garde" }, Sites("L'ONG a mis en garde contre une pénurie."));
        Assert.Equal(new[] { "speech:fait part de" }, Sites("La directrice a fait part de son inquiétude."));
        Assert.Equal(new[] { "speech:prend acte" }, Sites("Le gouvernement prend acte de la décision."));
        Assert.Equal(new[] { "speech:s'est inquiétée" }, Sites("La ministre s'est inquiétée de la situation."));
        Assert.Equal(new[] { "speech:se sont vivement félicités" }, Sites("Les élus se sont vivement félicités du vote."));
        Assert.Equal(new[] { "speech:tenu à rappeler" }, Sites("Le juge a tenu à rappeler la loi."));
    }

    [Fact]
    public void VerbAfterItsSubjectNounButNotANoun()
    {
        Assert.Equal(new[] { "speech:dit" }, Sites("Le ministre dit sa colère."));
        Assert.Equal(new[] { "speech:précise" }, Sites("Le porte-parole précise que rien n'est décidé."));
        Assert.Empty(Sites("Il attend une annonce."));
    }

    [Fact]
    public void PostQuotationVerbsAndNonVerbs()
    {
        Assert.Equal(new[] { "speech-post:lance" }, Sites("« Nous tiendrons », lance-t-il."));
        // nouns of the same family are not predicates; "inquiète" without its reflexive pronoun is not speech
        Assert.Empty(Sites("La déclaration du maire et l'annonce du préfet inquiètent la population."));
    }
}
