package fi.aso.application.meeting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which of an organisation's contact persons the booking ticks: its contact person (the first, by
 * name, who is nobody's deputy), or their deputy when the contact person is away at the slot's time
 * and the deputy is not. Nobody is ticked twice; an organisation whose every person is away still
 * gets its contact person ticked (the chair sees that they are away).
 */
final class InviteeChoice {

  /** One contact person of the organisation, as the choice needs them. */
  record Person(long id, String name, Long deputyId, boolean away) {}

  private InviteeChoice() {}

  /** The ids to tick among one organisation's active contact persons (in the given order). */
  static Chosen of(List<Person> people) {
    if (people.isEmpty()) {
      return new Chosen(null, null);
    }
    Set<Long> deputies =
        people.stream().map(Person::deputyId).filter(Objects::nonNull).collect(Collectors.toSet());
    Person contact =
        people.stream().filter(p -> !deputies.contains(p.id())).findFirst().orElse(people.get(0));
    if (contact.away() && contact.deputyId() != null) {
      Map<Long, Person> byId =
          people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
      Person deputy = byId.get(contact.deputyId());
      if (deputy != null && !deputy.away()) {
        return new Chosen(deputy.id(), contact.name());
      }
    }
    return new Chosen(contact.id(), null);
  }

  /** The one ticked, and whose place they take (null: nobody's, they are the contact person). */
  record Chosen(Long id, String standsInFor) {}
}
