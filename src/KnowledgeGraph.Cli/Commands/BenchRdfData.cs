using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Generates the N-Triples file of the RDF I/O benchmark: news-like records with French text
/// (accents, « », apostrophes, escaped quotes and line breaks), language tags, typed dates and
/// integers, and blank nodes. Seeded, so the same size always gives the same file.
/// </summary>
public static class BenchRdfData
{
    private const string Ex = "http://example.org/kg/";
    private const string Schema = "http://schema.org/";

    private static readonly ImmutableArray<string> FirstNames = ["Élodie", "François", "Hélène", "Jérôme", "Loïc", "Anaïs", "Benoît", "Cécile", "Gaëlle", "Noël"];
    private static readonly ImmutableArray<string> LastNames = ["Lefèvre", "Moreau", "Girard", "Bérard", "Lemaître", "Dupré", "Faure", "Rivière", "Gauthier", "Mercier"];
    private static readonly ImmutableArray<string> Cities = ["Saint-Étienne", "Orléans", "Besançon", "Nîmes", "Angoulême", "Évry", "Pointe-à-Pitre", "Sète"];
    private static readonly ImmutableArray<string> Roles = ["ministre de l'Économie", "préfète de région", "député européen", "maire adjoint", "conseillère d'État"];

    /// <summary>Writes at least <paramref name="triples"/> statements; returns the exact count written.</summary>
    public static long Generate(string path, long triples, CancellationToken cancellationToken)
    {
        long written = 0;
        AtomicFile.WriteText(path, w =>
        {
            var random = new Random(20261121);
            var sb = new StringBuilder(2048);
            for (long i = 0; written < triples; i++)
            {
                if ((i & 0x3FFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                sb.Clear();
                var person = $"<{Ex}personne/{i}>";
                var first = FirstNames[random.Next(FirstNames.Length)];
                var last = LastNames[random.Next(LastNames.Length)];
                var city = Cities[random.Next(Cities.Length)];
                var role = Roles[random.Next(Roles.Length)];
                var date = new DateOnly(1940 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                Line(sb, person, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", $"<{Schema}Person>");
                Line(sb, person, $"<{Schema}name>", Literal($"{first} {last}", lang: "fr"));
                Line(sb, person, $"<{Schema}birthDate>", Literal(date, Vocabulary.XsdDate));
                Line(sb, person, $"<{Ex}fonction>", Literal($"{role} ({i})", lang: "fr-FR"));
                Line(sb, person, $"<{Ex}citation>", Literal($"« L'été sera décisif », a déclaré {first} {last} à {city} ; \"c'est l'État\"\nqui paiera.", lang: "fr"));
                Line(sb, person, $"<{Ex}adresse>", $"_:adr{i}");
                Line(sb, $"_:adr{i}", $"<{Schema}addressLocality>", Literal(city));
                Line(sb, $"_:adr{i}", $"<{Schema}postalCode>", Literal((10000 + random.Next(85000)).ToString(CultureInfo.InvariantCulture), Vocabulary.XsdInteger));
                Line(sb, person, $"<{Ex}connaît>", $"<{Ex}personne/{random.Next((int)Math.Min(int.MaxValue, i + 1))}>");
                Line(sb, person, $"<{Ex}résumé>", Literal($"Né(e) à {city}, {first} a été {role}.", lang: "fr"));
                w.Write(sb);
                written += 10;
            }
        });
        return written;
    }

    private static void Line(StringBuilder sb, string s, string p, string o) => sb.Append(s).Append(' ').Append(p).Append(' ').Append(o).Append(" .\n");

    private static string Literal(string value, string? datatype = null, string? lang = null) =>
        NTriplesFormatter.FormatLiteral(value, lang is null ? datatype ?? Vocabulary.XsdString : Vocabulary.RdfLangString, lang ?? "");
}
