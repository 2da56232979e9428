import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;

/** compare-algebra.sh: Jena ARQ's algebra (Algebra.compile, no optimisation) of each query file listed. */
public class JenaAlgebra {
    public static void main(String[] args) throws Exception {
        for (String p : Files.readAllLines(Path.of(args[0]))) {
            System.out.println("#### " + p);
            try {
                String base = Path.of(p).toUri().toString();
                System.out.println(Algebra.compile(QueryFactory.create(Files.readString(Path.of(p)), base, Syntax.syntaxSPARQL_11)));
            } catch (Exception e) {
                System.out.println("REJECT");
            }
        }
    }
}
