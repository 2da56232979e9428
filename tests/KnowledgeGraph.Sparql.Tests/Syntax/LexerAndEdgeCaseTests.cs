using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public class LexerAndEdgeCaseTests
{
    private static List<Token> Lex(string text) => new SparqlLexer(text).Tokenize();

    private static AlgebraNode Where(string query) => ((Project)SparqlParser.ParseQuery(query).Algebra).Inner;

    [Fact]
    public void Less_than_is_an_operator_unless_it_starts_a_valid_iri()
    {
        var tokens = Lex("?a < ?b <http://e/x> ?c<=?d");
        Assert.Equal(new[] { TokenKind.Variable, TokenKind.Symbol, TokenKind.Variable, TokenKind.IriRef, TokenKind.Variable, TokenKind.Symbol, TokenKind.Variable, TokenKind.EndOfInput },
            tokens.Select(t => t.Kind));
        Assert.Equal("<=", tokens[5].Text);
    }

    [Fact]
    public void Prefixed_names_keep_inner_dots_and_decode_escapes()
    {
        var tokens = Lex("ex:a.b. ex:\\-x%41 :");
        Assert.Equal(("ex", "a.b"), (tokens[0].Text, tokens[0].Local));
        Assert.True(tokens[1].IsSymbol("."));
        Assert.Equal(("ex", "-x%41"), (tokens[2].Text, tokens[2].Local));
        Assert.Equal(("", ""), (tokens[3].Text, tokens[3].Local));
    }

    [Fact]
    public void Strings_decode_escapes_and_long_strings_keep_quotes_and_newlines()
    {
        var tokens = Lex("'a\\tb\\u00E9' \"\"\"x \"quoted\" \n y\"\"\" '''z''''");
        Assert.Equal("a\tbé", tokens[0].Text);
        Assert.Equal("x \"quoted\" \n y", tokens[1].Text);
        Assert.Equal("z'", tokens[2].Text);
    }

    [Fact]
    public void Numbers_of_each_kind()
    {
        var tokens = Lex("12 1.5 .5 1e10 1.E-3 2.");
        Assert.Equal(new[] { TokenKind.Integer, TokenKind.Decimal, TokenKind.Decimal, TokenKind.Double, TokenKind.Double, TokenKind.Integer, TokenKind.Symbol },
            tokens.Take(7).Select(t => t.Kind));
    }

    [Fact]
    public void Comments_nil_and_anon_allow_white_space()
    {
        var tokens = Lex("( # comment\n ) [\t]");
        Assert.Equal(TokenKind.Nil, tokens[0].Kind);
        Assert.Equal(TokenKind.Anon, tokens[1].Kind);
    }

    [Fact]
    public void Token_positions_are_one_based_lines_and_columns()
    {
        var tokens = Lex("SELECT\n  ?x");
        Assert.Equal((2, 3), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Unterminated_string_is_an_error_with_position()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT * { ?s ?p \"abc\n }"));
        Assert.Equal(1, ex.Line);
        Assert.Contains("line break", ex.Detail);
    }

    [Fact]
    public void Truncated_input_and_lone_surrogates_are_syntax_errors()
    {
        // Built in code: xunit would replace a lone surrogate in attribute data with U+FFFD.
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate("INSERT DATA { _:"));
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT * { ?s ?p " + '\uD83D' + " }"));
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT * {\n ?s ?p <http://e/" + '\uDE00' + "> }"));
        Assert.Equal((2, 18), (ex.Line, ex.Column));
    }

    [Fact]
    public void Keywords_are_case_insensitive_but_a_is_not()
    {
        var q = SparqlParser.ParseQuery("select ?s where { ?s a ?t } limit 1");
        Assert.IsType<Slice>(q.Algebra);
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT ?s { ?s A ?t }"));
    }

    [Fact]
    public void Signed_numbers_in_expressions_subtract()
    {
        var filter = Assert.IsType<Filter>(Where("SELECT * { ?s ?p ?o FILTER(?o -1 = 2) }"));
        var eq = Assert.IsType<BinaryExpression>(filter.Condition);
        var sub = Assert.IsType<BinaryExpression>(eq.Left);
        Assert.Equal(BinaryOperator.Subtract, sub.Operator);
        Assert.Equal(new ConstantExpression(LiteralNode.Typed("1", Vocabulary.XsdInteger)), sub.Right);
    }

    [Fact]
    public void Deep_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        var deep = "SELECT * { FILTER(" + new string('(', 5000) + "1" + new string(')', 5000) + ") }";
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery(deep));
        Assert.Contains("nested", ex.Detail);

        var fine = "SELECT * { FILTER(" + new string('(', 50) + "1" + new string(')', 50) + ") }";
        Assert.IsType<Filter>(Where(fine));
    }

    [Fact]
    public void Path_modifier_question_mark_is_not_a_variable()
    {
        var path = Assert.IsType<PathPattern>(Where("SELECT * { ?s <http://e/p>? ?o }"));
        Assert.IsType<ZeroOrOnePath>(path.Path);
    }

    [Fact]
    public void Base_given_by_the_caller_resolves_relative_iris()
    {
        var bgp = Assert.IsType<Bgp>(((Project)SparqlParser.ParseQuery("SELECT * { <x> ?p ?o }", "http://example.org/dir/doc").Algebra).Inner);
        Assert.Equal(new TermItem(new UriNode("http://example.org/dir/x")), bgp.Patterns[0].Subject);
    }

    [Fact]
    public void Empty_group_is_the_empty_bgp()
    {
        Assert.Equal(Bgp.Empty, Where("SELECT * {}"));
    }
}
