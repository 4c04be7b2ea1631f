package fi.aso.web.statistics;

import fi.aso.domain.statistics.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The indicator help page's list: every indicator defined in code, in its order. */
@Named("indicatorHelp")
@ApplicationScoped
public class IndicatorHelpBean {

  public List<Indicator> getIndicators() {
    return Arrays.asList(Indicator.values());
  }
}
