import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.update.UpdateFactory;

/** The peer side of bench/sparql-parse/run.sh: Jena ARQ parses each file and compiles queries to algebra. */
public class JenaParseBench {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<String[]> texts = new ArrayList<>();
        for (int i = 1; i < args.length; i++)
            texts.add(new String[] { args[i], Files.readString(Path.of(args[i])) });
        int accepted = parseAll(texts);
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) parseAll(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        long parsed = (long) rounds * texts.size();
        System.out.printf(java.util.Locale.ROOT, "%d %.3f %.0f - accepted=%d/%d%n", parsed, seconds, parsed / seconds, accepted, texts.size());
    }

    private static int parseAll(List<String[]> texts) {
        int ok = 0;
        for (String[] t : texts) {
            String base = Path.of(t[0]).toUri().toString();
            try {
                if (t[0].endsWith(".ru")) UpdateFactory.create(t[1], base, Syntax.syntaxSPARQL_11);
                else {
                    Query q = QueryFactory.create(t[1], base, Syntax.syntaxSPARQL_11);
                    Algebra.compile(q);
                }
                ok++;
            } catch (Exception e) {
                // negative syntax tests
            }
        }
        return ok;
    }
}
