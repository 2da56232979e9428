namespace KnowledgeGraph.Rdf;

/// <summary>IRIs of the core vocabularies the RDF layer itself needs.</summary>
public static class Vocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public const string RdfType = Rdf + "type";
    public const string RdfFirst = Rdf + "first";
    public const string RdfRest = Rdf + "rest";
    public const string RdfNil = Rdf + "nil";
    public const string RdfLangString = Rdf + "langString";

    public const string XsdString = Xsd + "string";
    public const string XsdBoolean = Xsd + "boolean";
    public const string XsdInteger = Xsd + "integer";
    public const string XsdDecimal = Xsd + "decimal";
    public const string XsdDouble = Xsd + "double";
    public const string XsdFloat = Xsd + "float";
    public const string XsdDate = Xsd + "date";
    public const string XsdDateTime = Xsd + "dateTime";
    public const string XsdGYearMonth = Xsd + "gYearMonth";
    public const string XsdGYear = Xsd + "gYear";
    public const string XsdDuration = Xsd + "duration";
}
