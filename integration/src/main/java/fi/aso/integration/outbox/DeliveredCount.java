package fi.aso.integration.outbox;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Sums a round's split: each part's body says whether its message was delivered; the round's body
 * becomes how many were. A part that ended in an exception (the outbox itself failed, e.g. the
 * database) does not stop the others; the first such exception becomes the round's.
 */
final class DeliveredCount implements AggregationStrategy {

  @Override
  public Exchange aggregate(Exchange sum, Exchange part) {
    // a copy of the first part, not the part itself: a part's own body stays its outcome
    Exchange result = sum == null ? part.copy() : sum;
    int delivered = sum == null ? 0 : sum.getIn().getBody(Integer.class);
    if (part.getException() == null && Boolean.TRUE.equals(part.getIn().getBody(Boolean.class))) {
      delivered++;
    }
    if (sum != null && part.getException() != null && sum.getException() == null) {
      sum.setException(part.getException());
    }
    result.getIn().setBody(delivered);
    return result;
  }
}
