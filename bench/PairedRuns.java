import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two edito jars compared in one JVM, each in its own class loader, their runs of the same command alternated
 * (A B B A, round after round), so that the machine's changes of speed, which on a shared VM move every program by a
 * third within minutes, fall alike on both. Measures the steady state (the first rounds, JIT warm-up, are left out):
 * the work of the command's own code, not the start-up of a cold run (bench/check-targets.py measures those).
 *
 *     java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m bench/PairedRuns.java A.jar B.jar ROUNDS -- check CAL --format json ...
 *
 * Prints, per round, each jar's wall time and the process CPU time of its runs (user + sys, all threads), then the
 * medians and the median of the per-round ratios B/A. Output of the command is discarded; its exit code must be 0 or 1.
 * Java 17 standard library only (run as a source file).
 */
public class PairedRuns {
    private static final int WARM_UP = 2;

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        if (dash != 3) {
            System.err.println("usage: PairedRuns A.jar B.jar ROUNDS -- edito-arguments...");
            System.exit(2);
        }
        Method a = runner(Path.of(args[0]));
        Method b = runner(Path.of(args[1]));
        int rounds = Integer.parseInt(args[2]);
        String[] command = Arrays.copyOfRange(args, 4, args.length);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < WARM_UP + rounds; r++) {
            double[] wall = new double[2];
            double[] cpu = new double[2];
            Method[] order = {a, b, b, a};
            for (int k = 0; k < order.length; k++) {
                int which = order[k] == a ? 0 : 1;
                System.gc(); // each run starts from the same heap: the garbage of the one before is not its to collect
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                int code = (Integer) order[k].invoke(null, nullWriter(), nullWriter(), command);
                wall[which] += (System.nanoTime() - t0) / 2e9;
                cpu[which] += (os.getProcessCpuTime() - c0) / 2e9;
                if (code != 0 && code != 1) {
                    throw new IllegalStateException("exit code " + code);
                }
            }
            if (r >= WARM_UP) {
                rows.add(new double[] {wall[0], wall[1], cpu[0], cpu[1]});
                System.out.printf("round %d: A %.3f s (CPU %.3f)  B %.3f s (CPU %.3f)  B/A wall %.3f  CPU %.3f%n", r - WARM_UP + 1,
                        wall[0], cpu[0], wall[1], cpu[1], wall[1] / wall[0], cpu[1] / cpu[0]);
            }
        }
        System.out.printf("median: A %.3f s (CPU %.3f)  B %.3f s (CPU %.3f)  B/A wall %.3f  CPU %.3f (medians of the rounds' ratios)%n",
                median(rows, r -> r[0]), median(rows, r -> r[2]), median(rows, r -> r[1]), median(rows, r -> r[3]),
                median(rows, r -> r[1] / r[0]), median(rows, r -> r[3] / r[2]));
    }

    /** {@code io.edito.cli.Main.run(PrintWriter, PrintWriter, String...)} of the jar, in a class loader of its own. */
    private static Method runner(Path jar) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        return Class.forName("io.edito.cli.Main", true, loader)
                .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
    }

    private static PrintWriter nullWriter() {
        return new PrintWriter(Writer.nullWriter());
    }

    private static double median(List<double[]> rows, java.util.function.ToDoubleFunction<double[]> f) {
        double[] v = rows.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
