package fi.aso.web.rest.contract;

import fi.aso.web.rest.AuthTokenResource;
import fi.aso.web.rest.MeResource;
import fi.aso.web.rest.v1.ActionsResource;
import fi.aso.web.rest.v1.BusyTimesResource;
import fi.aso.web.rest.v1.CasesResource;
import fi.aso.web.rest.v1.ConsentLinksResource;
import fi.aso.web.rest.v1.ConsentsResource;
import fi.aso.web.rest.v1.DeliveriesResource;
import fi.aso.web.rest.v1.FollowUpResource;
import fi.aso.web.rest.v1.MeetingDayResource;
import fi.aso.web.rest.v1.MeetingSeriesResource;
import fi.aso.web.rest.v1.MeetingsResource;
import fi.aso.web.rest.v1.MinutesCopiesResource;
import fi.aso.web.rest.v1.MinutesResource;
import fi.aso.web.rest.v1.MySlotsResource;
import fi.aso.web.rest.v1.NetworkResource;
import fi.aso.web.rest.v1.ReferralsResource;
import fi.aso.web.rest.v1.RegionsResource;
import fi.aso.web.rest.v1.RetentionResource;
import fi.aso.web.rest.v1.ServiceMapResource;
import fi.aso.web.rest.v1.ServicesResource;
import fi.aso.web.rest.v1.StaffResource;
import fi.aso.web.rest.v1.StatisticsResource;
import fi.aso.web.rest.v1.SteeringResource;
import java.util.List;

/**
 * The API's resource classes, whose operations {@link ApiContract} describes in the published
 * document. A new resource class goes here (ApiResourcesTest fails for a {@code @Path} class that
 * is missing, and the document's test fails for an operation whose bodies are not described).
 */
public final class ApiResources {

  public static final List<Class<?>> CLASSES =
      List.of(
          AuthTokenResource.class,
          MeResource.class,
          ActionsResource.class,
          BusyTimesResource.class,
          CasesResource.class,
          ConsentsResource.class,
          DeliveriesResource.class,
          FollowUpResource.class,
          MeetingSeriesResource.class,
          MeetingsResource.class,
          MinutesResource.class,
          MySlotsResource.class,
          NetworkResource.class,
          ReferralsResource.class,
          RegionsResource.class,
          ServiceMapResource.class,
          RetentionResource.class,
          ServicesResource.class,
          StaffResource.class,
          SteeringResource.class,
          ConsentLinksResource.class,
          MeetingDayResource.class,
          MinutesCopiesResource.class,
          StatisticsResource.class);

  private ApiResources() {}
}
