using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>SPARQL 1.1 Query Results JSON. Simple literals carry no datatype; tagged ones carry xml:lang only.</summary>
public sealed class SparqlJsonResultWriter : ISparqlResultWriter
{
    public SparqlResultFormat Format => SparqlResultFormat.Json;

    public void Write(TextWriter output, SparqlResult result, CancellationToken cancellationToken = default)
    {
        SparqlResultFormats.RequireTabular(result);
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.Write("{\n  \"head\": { },\n  \"boolean\": ");
            output.Write(result.Boolean ? "true" : "false");
            output.Write("\n}\n");
            return;
        }
        output.Write("{\n  \"head\": { \"vars\": [ ");
        for (int i = 0; i < result.Variables.Count; i++)
        {
            if (i > 0) output.Write(", ");
            WriteString(output, result.Variables[i]);
        }
        output.Write(" ] },\n  \"results\": {\n    \"bindings\": [");
        bool first = true;
        var sb = new StringBuilder();
        foreach (var solution in result.Solutions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sb.Clear();
            sb.Append(first ? "\n      { " : ",\n      { ");
            first = false;
            bool firstBinding = true;
            foreach (var variable in result.Variables)
            {
                var node = solution[variable];
                if (node is null) continue;
                if (!firstBinding) sb.Append(", ");
                firstBinding = false;
                AppendString(sb, variable);
                sb.Append(": ");
                AppendTerm(sb, node);
            }
            sb.Append(" }");
            output.Write(sb);
        }
        output.Write(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n");
    }

    private static void AppendTerm(StringBuilder sb, INode node)
    {
        switch (node)
        {
            case IUriNode u:
                sb.Append("{ \"type\": \"uri\", \"value\": ");
                AppendString(sb, u.Iri);
                break;
            case IBlankNode b:
                sb.Append("{ \"type\": \"bnode\", \"value\": ");
                AppendString(sb, b.Id);
                break;
            case ILiteralNode l:
                sb.Append("{ \"type\": \"literal\", \"value\": ");
                AppendString(sb, l.Value);
                if (l.Language.Length > 0)
                {
                    sb.Append(", \"xml:lang\": ");
                    AppendString(sb, l.Language);
                }
                else if (l.Datatype != Vocabulary.XsdString)
                {
                    sb.Append(", \"datatype\": ");
                    AppendString(sb, l.Datatype);
                }
                break;
        }
        sb.Append(" }");
    }

    private static void WriteString(TextWriter output, string value)
    {
        var sb = new StringBuilder();
        AppendString(sb, value);
        output.Write(sb);
    }

    internal static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c is '\u2028' or '\u2029') sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
