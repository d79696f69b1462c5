package co.factusapi.adapter.out.factus;

import co.factusapi.testsupport.InvoiceJson;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: the time of {@link HotPath#issue} per invoice (request parse, validation, Factus payload mapping), run by
 * bench/jmh.sh, which compares it with bench/results/jmh-baseline.json. The README walk-through's invoice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPathBenchmark {
    private HotPath path;
    private byte[] request;

    @Setup(Level.Trial)
    public void start() {
        path = HotPath.start();
        request = InvoiceJson.body("BENCH-1", "1137624282", "CC", null).getBytes(StandardCharsets.UTF_8);
        path.issue(request);
    }

    @TearDown(Level.Trial)
    public void stop() {
        path.close();
    }

    @Benchmark
    public byte[] parseValidateMap() {
        return path.issue(request);
    }
}
