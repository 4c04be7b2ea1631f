package fi.aso.benchmark;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SlotFinderBenchmark} briefly (3 warm-up and 5 measured one-second iterations in one
 * forked JVM: enough for a stable ratio, short enough to run by hand) and prints how many times
 * longer planning takes than the baseline. See docs/slot-finder.md for the command line.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(SlotFinderBenchmark.class.getName() + "\\.")
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .forks(1)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    double finder = score(results, "findMonthOfPlans");
    double baseline = score(results, "baselineCopyAndSortBusyTimes");
    System.out.printf(
        "%nA month of meetings: finder %.1f us, baseline %.1f us, finder/baseline = %.1f%n",
        finder, baseline, finder / baseline);
  }

  private static double score(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method))
        .getPrimaryResult()
        .getScore();
  }
}
