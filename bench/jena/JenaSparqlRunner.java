import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.jena.query.*;
import org.apache.jena.riot.*;
import org.apache.jena.rdf.model.Model;

/**
 * Jena ARQ as the peer of the KnowledgeGraph SPARQL engine, in one JVM so that start-up is not counted.
 *   results DATA OUTDIR QUERY.rq...   writes OUTDIR/NAME.srj (SELECT/ASK) or OUTDIR/NAME.nt (CONSTRUCT/DESCRIBE)
 *   bench DATA WARMUP RUNS QUERY.rq... prints "load <ms>", then "query <name> <rows> <median ms>" per query,
 *                                     then "heap <bytes>" (used heap after loading, after a full GC)
 */
public class JenaSparqlRunner {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long t0 = System.nanoTime();
        Dataset dataset = RDFDataMgr.loadDataset(args[1]);
        long loadNanos = System.nanoTime() - t0;
        if (mode.equals("results")) {
            Path out = Paths.get(args[2]);
            Files.createDirectories(out);
            for (int i = 3; i < args.length; i++) {
                Path q = Paths.get(args[i]);
                String name = q.getFileName().toString().replaceAll("\\.rq$", "");
                Query query = QueryFactory.read(q.toString());
                try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
                    if (query.isSelectType()) {
                        try (OutputStream os = Files.newOutputStream(out.resolve(name + ".srj"))) {
                            ResultSetFormatter.outputAsJSON(os, qe.execSelect());
                        }
                    } else if (query.isAskType()) {
                        try (OutputStream os = Files.newOutputStream(out.resolve(name + ".srj"))) {
                            ResultSetFormatter.outputAsJSON(os, qe.execAsk());
                        }
                    } else {
                        Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                        try (OutputStream os = Files.newOutputStream(out.resolve(name + ".nt"))) {
                            RDFDataMgr.write(os, m, Lang.NTRIPLES);
                        }
                    }
                }
            }
            return;
        }
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        System.out.println("load " + (loadNanos / 1_000_000.0));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        for (int i = 4; i < args.length; i++) {
            Path q = Paths.get(args[i]);
            String name = q.getFileName().toString().replaceAll("\\.rq$", "");
            Query query = QueryFactory.read(q.toString());
            long rows = 0;
            double[] times = new double[runs];
            for (int r = 0; r < warmup + runs; r++) {
                long s = System.nanoTime();
                rows = run(query, dataset);
                long e = System.nanoTime();
                if (r >= warmup) times[r - warmup] = (e - s) / 1_000_000.0;
            }
            Arrays.sort(times);
            System.out.println("query " + name + " " + rows + " " + times[runs / 2]);
        }
        System.out.println("heap " + heap);
    }

    private static long run(Query query, Dataset dataset) {
        try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) { rs.next(); n++; }
                return n;
            }
            if (query.isAskType()) return qe.execAsk() ? 1 : 0;
            return (query.isConstructType() ? qe.execConstruct() : qe.execDescribe()).size();
        }
    }
}
