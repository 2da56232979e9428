using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping;

/// <summary>
/// Maps an <see cref="ExtractionResult"/> to RDF following docs/graph-model.md: standard vocabularies first
/// (schema.org, FOAF, ORG, PROV, SKOS), the kg: ontology for the rest. Output is a function of the input only
/// (no clock, no GUIDs, sorted), and every IRI is minted from a stable key, so adding an article never
/// renames an existing node.
/// </summary>
public sealed class RdfMapper
{
    private const string S = KgTerms.Schema;
    private const string Kg = KgTerms.Kg;
    private const string Xsd = Vocabulary.Xsd;

    private static readonly UriNode Type = new(Vocabulary.RdfType);
    private static readonly UriNode Label = new(Vocabulary.Rdfs + "label");
    private static readonly UriNode AltLabel = new(KgTerms.Skos + "altLabel");
    private static readonly UriNode PrefLabel = new(KgTerms.Skos + "prefLabel");
    private static readonly UriNode WasDerivedFrom = new(KgTerms.Prov + "wasDerivedFrom");
    private static readonly UriNode Evidence = new(Kg + "evidence");
    private static readonly UriNode IsPartOf = new(S + "isPartOf");
    private static readonly UriNode Text = new(S + "text");
    private static readonly UriNode StartOffset = new(Kg + "startOffset");
    private static readonly UriNode EndOffset = new(Kg + "endOffset");
    private static readonly LiteralNode True = new("true", Vocabulary.XsdBoolean);
    private static readonly LiteralNode False = new("false", Vocabulary.XsdBoolean);

    private readonly MappingOptions _options;
    private readonly IriScheme _iris;

    public RdfMapper(MappingOptions? options = null)
    {
        _options = options ?? new MappingOptions();
        _iris = _options.IriScheme;
    }

    public MappingResult Map(ExtractionResult result, CancellationToken cancellationToken = default)
    {
        var list = new List<Quad>();
        var warnings = MapTo(result, list.Add, cancellationToken);
        // Sorting first and dropping adjacent duplicates gives the distinct sorted quads without hashing each one.
        list.Sort(NodeComparer.Instance.Compare);
        int kept = 0;
        for (int i = 0; i < list.Count; i++)
            if (kept == 0 || !list[kept - 1].Equals(list[i])) list[kept++] = list[i];
        list.RemoveRange(kept, list.Count - kept);
        return new MappingResult(list, warnings);
    }

    /// <summary>
    /// Maps <paramref name="result"/>, handing each statement to <paramref name="emit"/> as it is made, in no
    /// particular order and possibly more than once (<see cref="Map"/> sorts and de-duplicates): a caller that
    /// sorts on disk keeps memory bounded by its buffer instead of by the size of the graph.
    /// </summary>
    /// <returns>The warnings (facts left out), sorted.</returns>
    public IReadOnlyList<string> MapTo(ExtractionResult result, Action<Quad> emit, CancellationToken cancellationToken = default)
    {
        var run = new Run(this, result, emit);
        if (_options.IncludeOntology)
            foreach (var q in OntologyResource.ReadQuads(cancellationToken))
                emit(q with { Graph = null });
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var article in result.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.MapArticle(article);
        }
        foreach (var entity in result.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.MapEntity(entity);
        }
        foreach (var post in result.Posts) run.MapPost(post);
        foreach (var relation in result.Relations) run.MapRelation(relation);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var meeting in result.Meetings) run.MapMeeting(meeting);
        foreach (var claim in result.Claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.MapClaim(claim);
        }
        run.Warnings.Sort(StringComparer.Ordinal);
        return run.Warnings;
    }

    /// <summary>The xsd datatype that says how precise a partial date is.</summary>
    public static LiteralNode DateLiteral(PartialDate date) => new(date.ToString(),
        date.Day is not null ? Vocabulary.XsdDate : date.Month is not null ? Vocabulary.XsdGYearMonth : Vocabulary.XsdGYear);

    /// <summary>The state of one mapping call: lookups built from the input, and where the statements go.</summary>
    private sealed class Run
    {
        public readonly List<string> Warnings = new();
        private readonly Action<Quad> _emit;
        private readonly RdfMapper _m;
        private readonly IriScheme _iris;
        private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
        // One node object per IRI: fewer allocations, and NodeComparer's reference-equality shortcut makes the
        // final sort cheap where most comparisons meet the same graph, predicate or subject.
        private readonly Dictionary<string, UriNode> _iriNodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, UriNode> _articleNodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, UriNode> _articleGraphs = new(StringComparer.Ordinal);
        private readonly Dictionary<(EntityKind, string), UriNode> _entityNodes = new();

        public Run(RdfMapper mapper, ExtractionResult result, Action<Quad> emit)
        {
            _emit = emit;
            _m = mapper;
            _iris = mapper._iris;
            // Keys are unique per corpus; should two kinds share one, the first in enum order wins the lookup.
            foreach (var e in result.Entities.OrderBy(e => e.Kind))
                _entities.TryAdd(e.Key, e);
            foreach (var a in result.Articles)
                _articles.TryAdd(a.Id, a);
        }

        private string Lang(string? articleId) =>
            articleId is not null && _articles.TryGetValue(articleId, out var a) && !string.IsNullOrEmpty(a.Language) ? a.Language : _m._options.Language;

        private void Add(INode s, INode p, INode o, INode? g = null) => _emit(new Quad(s, p, o, g));

        private void Add(INode s, string p, INode o, INode? g = null) => _emit(new Quad(s, Iri(p), o, g));

        private void AddType(INode s, string type) => Add(s, Type, Iri(type));

        private UriNode Iri(string iri)
        {
            if (!_iriNodes.TryGetValue(iri, out var node)) _iriNodes[iri] = node = new UriNode(iri);
            return node;
        }

        private UriNode ArticleNode(string id)
        {
            if (!_articleNodes.TryGetValue(id, out var node)) _articleNodes[id] = node = new UriNode(_iris.Article(id));
            return node;
        }

        private UriNode ArticleGraph(string id)
        {
            if (!_articleGraphs.TryGetValue(id, out var node)) _articleGraphs[id] = node = new UriNode(_iris.ArticleGraph(id));
            return node;
        }

        private UriNode EntityIri(Entity e)
        {
            if (!_entityNodes.TryGetValue((e.Kind, e.Key), out var node)) _entityNodes[(e.Kind, e.Key)] = node = new UriNode(_iris.Entity(e.Kind, e.Key));
            return node;
        }

        private UriNode? EntityNode(string key, string context)
        {
            if (_entities.TryGetValue(key, out var e)) return EntityIri(e);
            Warnings.Add($"{context}: no entity has key '{key}'");
            return null;
        }

        public void MapArticle(Article a)
        {
            var node = ArticleNode(a.Id);
            var g = ArticleGraph(a.Id);
            var lang = Lang(a.Id);
            Add(node, Type, Iri(S + "NewsArticle"), g);
            Add(node, S + "identifier", new LiteralNode(a.Id), g);
            Add(node, S + "inLanguage", new LiteralNode(lang), g);
            // The body the offsets index into, so every quotation and evidence span can be checked inside the graph.
            if (_m._options.IncludeArticleText) Add(node, S + "articleBody", new LiteralNode(a.PublishedText, null, lang), g);
            if (a.Date is { } date)
            {
                Add(node, S + "datePublished", DateLiteral(date), g);
                if (a.DateProvenance == DateProvenance.InferredFromText)
                    Add(node, Kg + "dateInferred", True, g);
            }
            if (Known(a.Title)) Add(node, S + "headline", new LiteralNode(a.Title!.Trim(), null, lang), g);
            if (Known(a.Url) && Uri.TryCreate(a.Url!.Trim(), UriKind.Absolute, out var url))
                Add(node, S + "url", new UriNode(url.AbsoluteUri), g);
            if (Known(a.Outlet))
            {
                var outlet = new UriNode(_iris.Organization(IriScheme.Slug(a.Outlet!)));
                Add(node, S + "publisher", outlet, g);
                AddType(outlet, KgTerms.Org + "Organization");
                AddType(outlet, S + "Organization");
                AddType(outlet, S + "NewsMediaOrganization");
                Add(outlet, Label, new LiteralNode(a.Outlet!.Trim(), null, lang));
            }
            if (Known(a.Author))
            {
                var author = new UriNode(_iris.Person(IriScheme.Slug(a.Author!)));
                Add(node, S + "author", author, g);
                AddType(author, KgTerms.Foaf + "Person");
                AddType(author, S + "Person");
                Add(author, Label, new LiteralNode(a.Author!.Trim(), null, lang));
            }
        }

        /// <summary>Metadata says "unknown" (in any case) when the text shows nothing; that is no value.</summary>
        private static bool Known(string? value) =>
            !string.IsNullOrWhiteSpace(value) && !value.Trim().Equals("unknown", StringComparison.OrdinalIgnoreCase);

        public void MapEntity(Entity e)
        {
            var node = EntityIri(e);
            var lang = _m._options.Language;
            foreach (var t in Types(e)) AddType(node, t);
            Add(node, Label, new LiteralNode(e.Label, null, lang));
            foreach (var alt in e.AltLabels)
                if (!string.Equals(alt, e.Label, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(alt))
                    Add(node, AltLabel, new LiteralNode(alt, null, lang));
            // A country the text never names is known to the extractor but has no node (and no label): no link, no warning.
            if (e.CountryKey is not null && e.CountryKey != e.Key && _entities.TryGetValue(e.CountryKey, out var countryEntity))
            {
                var country = EntityIri(countryEntity);
                var p = e.Kind switch
                {
                    EntityKind.Person => S + "nationality",
                    EntityKind.Organization => S + "location",
                    _ => S + "containedInPlace",
                };
                Add(node, p, country);
            }
            foreach (var articleId in e.Mentions.Select(m => m.ArticleId).Distinct())
            {
                var g = ArticleGraph(articleId);
                var article = ArticleNode(articleId);
                Add(article, S + "mentions", node, g);
                Add(node, WasDerivedFrom, article, g);
            }
        }

        private static IEnumerable<string> Types(Entity e)
        {
            switch (e.Kind)
            {
                case EntityKind.Person:
                    yield return KgTerms.Foaf + "Person";
                    yield return S + "Person";
                    break;
                case EntityKind.Organization:
                    yield return KgTerms.Org + "Organization";
                    yield return S + "Organization";
                    switch (e.Subtype)
                    {
                        case EntitySubtype.Government:
                        case EntitySubtype.GovernmentAgency:
                        case EntitySubtype.MilitaryUnit:
                            yield return S + "GovernmentOrganization"; break;
                        case EntitySubtype.MediaOutlet: yield return S + "NewsMediaOrganization"; break;
                        case EntitySubtype.Company: yield return S + "Corporation"; break;
                        case EntitySubtype.PoliticalParty: yield return S + "PoliticalParty"; break;
                        // both the project class and schema.org's, so queries work with and without RDFS inference
                        case EntitySubtype.TradeUnion:
                            yield return S + "WorkersUnion";
                            yield return KgTerms.Kg + "TradeUnion";
                            break;
                        case EntitySubtype.Alliance:
                        case EntitySubtype.InternationalOrganization:
                            yield return KgTerms.Org + "FormalOrganization"; break;
                    }
                    break;
                default:
                    yield return S + "Place";
                    switch (e.Subtype)
                    {
                        case EntitySubtype.Country: yield return S + "Country"; break;
                        case EntitySubtype.City: yield return S + "City"; break;
                        case EntitySubtype.Region: yield return S + "AdministrativeArea"; break;
                        case EntitySubtype.Building: yield return S + "LandmarksOrHistoricalBuildings"; break;
                    }
                    break;
            }
        }

        public void MapPost(Post p)
        {
            var holder = EntityNode(p.HolderKey, $"post {p.Key} holder");
            if (holder is null) return;
            var node = new UriNode(_iris.Post(p.Key));
            var role = new UriNode(_iris.Role(p.RoleKey));
            var lang = _m._options.Language;
            AddType(node, KgTerms.Org + "Post");
            Add(node, Label, new LiteralNode(p.Label, null, lang));
            // the post's other phrasings, so a search on any wording the articles used finds it
            foreach (var alt in p.AltLabels ?? []) Add(node, AltLabel, new LiteralNode(alt, null, lang));
            Add(node, KgTerms.Org + "heldBy", holder);
            Add(holder, KgTerms.Org + "holds", node);
            Add(node, KgTerms.Org + "role", role);
            AddType(role, KgTerms.Org + "Role");
            AddType(role, KgTerms.Skos + "Concept");
            Add(role, PrefLabel, new LiteralNode(p.RoleLabel, null, lang));
            Add(role, Label, new LiteralNode(p.RoleLabel, null, lang));
            if (p.OrganizationKey is not null && EntityNode(p.OrganizationKey, $"post {p.Key} organization") is { } org)
            {
                var entity = _entities[p.OrganizationKey];
                // a town's or region's post ("le maire, X" in an article about the town) is located there: kg:postCountry's range is a country
                Add(node, entity.Kind == EntityKind.Organization ? KgTerms.Org + "postIn"
                    : entity.Subtype is EntitySubtype.City or EntitySubtype.Region or EntitySubtype.Building ? S + "location" : Kg + "postCountry", org);
            }
            foreach (var ev in p.Evidence) AddEvidence(node, ev);
        }

        public void MapRelation(PersonalRelation r)
        {
            var subject = EntityNode(r.SubjectKey, $"relation {r.RelationKey} subject");
            var obj = EntityNode(r.ObjectKey, $"relation {r.RelationKey} object");
            if (subject is null || obj is null) return;
            var lang = _m._options.Language;
            Add(subject, Kg + "familyRelation", obj);
            var node = new UriNode(_iris.Relationship(r.SubjectKey, r.RelationKey, r.ObjectKey));
            var type = new UriNode(_iris.RelationType(r.RelationKey));
            AddType(node, Kg + "PersonalRelationship");
            Add(node, Label, new LiteralNode(r.RelationLabel, null, lang));
            Add(node, Kg + "relationSubject", subject);
            Add(node, Kg + "relationObject", obj);
            Add(node, Kg + "relationType", type);
            AddType(type, KgTerms.Skos + "Concept");
            Add(type, PrefLabel, new LiteralNode(r.RelationLabel, null, lang));
            AddEvidence(node, r.Evidence);
        }

        /// <summary>A fact's provenance, in the article's graph: the article, and the span of its text that states the fact.</summary>
        private void AddEvidence(UriNode fact, Evidence ev)
        {
            var g = ArticleGraph(ev.ArticleId);
            var article = ArticleNode(ev.ArticleId);
            Add(fact, WasDerivedFrom, article, g);
            var span = new UriNode(_iris.Evidence(ev.ArticleId, ev.Span));
            Add(fact, Evidence, span, g);
            AddType(span, Kg + "EvidenceSpan", g);
            AddSpan(span, ev.ArticleId, ev.Span, ev.Text, g);
        }

        private void AddType(INode s, string type, INode g) => Add(s, Type, Iri(type), g);

        private void AddSpan(UriNode node, string articleId, TextSpan span, string text, INode g)
        {
            Add(node, IsPartOf, ArticleNode(articleId), g);
            Add(node, Text, new LiteralNode(text, null, Lang(articleId)), g);
            var (start, end) = CodePointSpan(articleId, span);
            Add(node, StartOffset, new LiteralNode(start.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocabulary.XsdInteger), g);
            Add(node, EndOffset, new LiteralNode(end.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocabulary.XsdInteger), g);
        }

        /// <summary>
        /// Spans are UTF-16 offsets into the normalized text in the model; the graph counts code points (as NIF and
        /// SPARQL's SUBSTR do) in the text as published (before Unicode normalization), so a reader can cut the
        /// quoted words out of the source with these offsets.
        /// </summary>
        private (int Start, int End) CodePointSpan(string articleId, TextSpan span)
        {
            if (!_articles.TryGetValue(articleId, out var a)) return (span.Start, span.End);
            var (start, end) = a.ToPublished(span.Start, span.End);
            return (CodePoints(a.PublishedText, start), CodePoints(a.PublishedText, end));
        }

        private static int CodePoints(string text, int utf16Offset)
        {
            int limit = Math.Min(utf16Offset, text.Length);
            int pairs = 0;
            for (int i = text.AsSpan(0, limit).IndexOfAnyInRange('\uD800', '\uDBFF'); i >= 0 && i < limit - 1; )
            {
                if (char.IsLowSurrogate(text[i + 1])) pairs++;
                int next = text.AsSpan(i + 1, limit - i - 1).IndexOfAnyInRange('\uD800', '\uDBFF');
                i = next < 0 ? -1 : i + 1 + next;
            }
            return utf16Offset - pairs;
        }

        public void MapMeeting(Meeting m)
        {
            var node = new UriNode(_iris.Meeting(m.Key));
            var lang = _m._options.Language;
            AddType(node, S + "Event");
            AddType(node, Kg + (m.Type switch
            {
                MeetingType.Talks => "Talks",
                MeetingType.PhoneCall => "PhoneCall",
                MeetingType.Summit => "Summit",
                MeetingType.Visit => "Visit",
                MeetingType.MinisterialMeeting => "MinisterialMeeting",
                _ => "Meeting",
            }));
            Add(node, Label, new LiteralNode(m.Label, null, lang));
            foreach (var key in m.AttendeeKeys.Distinct())
                if (EntityNode(key, $"meeting {m.Key} attendee") is { } attendee)
                    Add(node, S + "attendee", attendee);
            if (m.Date is { } date) Add(node, S + "startDate", DateLiteral(date));
            if (m.PlaceKey is not null && EntityNode(m.PlaceKey, $"meeting {m.Key} place") is { } place)
                Add(node, S + "location", place);
            if (!string.IsNullOrEmpty(m.Duration)) Add(node, S + "duration", new LiteralNode(m.Duration, Vocabulary.XsdDuration));
            Add(node, S + "eventStatus", Iri(m.Status switch
            {
                MeetingStatus.TookPlace => Kg + "EventTookPlace",
                MeetingStatus.Planned => S + "EventScheduled",
                MeetingStatus.Cancelled => S + "EventCancelled",
                _ => S + "EventPostponed",
            }));
            foreach (var report in m.Reports)
            {
                Add(node, S + "subjectOf", ArticleNode(report.ArticleId), ArticleGraph(report.ArticleId));
                AddEvidence(node, report);
            }
        }

        public void MapClaim(Claim c)
        {
            var speaker = EntityNode(c.SpeakerKey, $"claim {c.Key} speaker");
            if (speaker is null) return;
            var node = new UriNode(_iris.Claim(c.Key));
            var firstArticle = c.Appearances.Count > 0 ? c.Appearances[0].ArticleId : null;
            AddType(node, S + "Claim");
            Add(node, S + "author", speaker);
            Add(node, Text, new LiteralNode(c.Text, null, Lang(firstArticle)));
            if (c.Date is { } date) Add(node, S + "dateCreated", DateLiteral(date));
            foreach (var ap in c.Appearances)
            {
                var g = ArticleGraph(ap.ArticleId);
                var article = ArticleNode(ap.ArticleId);
                var quotation = new UriNode(_iris.Quotation(ap.ArticleId, ap.Span));
                Add(node, S + "appearance", article, g);
                Add(node, WasDerivedFrom, article, g);
                Add(node, Kg + "renderedBy", quotation, g);
                AddType(quotation, Kg + "Quotation", g);
                AddType(quotation, S + "Quotation", g);
                Add(quotation, Kg + "rendersClaim", node, g);
                Add(quotation, S + "spokenByCharacter", speaker, g);
                Add(quotation, Kg + "isDirectQuote", ap.IsDirectQuote ? True : False, g);
                if (!string.IsNullOrEmpty(ap.SpeechVerb)) Add(quotation, Kg + "speechVerb", new LiteralNode(ap.SpeechVerb), g);
                if (ap.ViaKey is not null && EntityNode(ap.ViaKey, $"claim {c.Key} via") is { } via)
                    Add(quotation, Kg + "viaSource", via, g);
                AddSpan(quotation, ap.ArticleId, ap.Span, ap.Text, g);
            }
        }
    }
}
