package fi.aso.benchmark;

import fi.aso.domain.meeting.scheduling.Busy;
import fi.aso.domain.meeting.scheduling.FinderRequest;
import fi.aso.domain.meeting.scheduling.SlotFinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to plan a month of meetings ({@link MonthOfMeetings}), next to a trivial job on the same
 * data: copying and sorting every meeting's busy times. Absolute times depend on the machine; the
 * ratio between the two says how the finder compares with work any caller does anyway. Run via
 * {@link Benchmarks}, not by the test suite (there are no JUnit annotations here).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlotFinderBenchmark {

  private static final Comparator<Busy> BY_TIME =
      Comparator.comparing(Busy::start)
          .thenComparing(Busy::end)
          .thenComparing(Busy::participantKey);

  private final SlotFinder finder = new SlotFinder();
  private List<FinderRequest> month;

  @Setup
  public void generateMonth() {
    month = MonthOfMeetings.generate(MonthOfMeetings.SEED);
  }

  @Benchmark
  public void findMonthOfPlans(Blackhole blackhole) {
    for (FinderRequest meeting : month) {
      blackhole.consume(finder.find(meeting));
    }
  }

  @Benchmark
  public void baselineCopyAndSortBusyTimes(Blackhole blackhole) {
    for (FinderRequest meeting : month) {
      List<Busy> busy = new ArrayList<>(meeting.busy());
      busy.sort(BY_TIME);
      blackhole.consume(busy);
    }
  }
}
