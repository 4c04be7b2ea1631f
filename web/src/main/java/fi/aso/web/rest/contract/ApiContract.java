package fi.aso.web.rest.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the published OpenAPI document ({@code /openapi}) from the API's Java code: every
 * operation of {@link ApiResources} gets its bodies' schemas from the Java types JSON-B reads and
 * writes ({@link JsonSchemas}), its success responses from its return type or its
 * {@code @APIResponse} annotations, and the error responses the platform answers in problem+json
 * ({@link Problems}). Payara's scanner makes the paths, parameters, summaries, tags and operation
 * ids from the annotations; this filter (named by {@code mp.openapi.filter}) replaces the parts it
 * gets wrong or leaves out. Whatever it cannot describe it lists under {@code x-undescribed}, which
 * the document's own test refuses.
 */
public class ApiContract implements OASFilter {

  /** The root extension listing what could not be described (absent when everything was). */
  public static final String UNDESCRIBED = "x-undescribed";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    JsonSchemas schemas = new JsonSchemas();
    List<String> undescribed = new ArrayList<>();
    Operations operations = new Operations(openApi, schemas, undescribed);
    for (Class<?> resource : ApiResources.CLASSES) {
      operations.describe(resource);
    }
    Map<String, org.eclipse.microprofile.openapi.models.media.Schema> components =
        new java.util.TreeMap<>(schemas.components());
    components.putAll(Problems.schemas());
    openApi.getComponents().setSchemas(components);
    openApi.getComponents().setResponses(Problems.responses());
    openApi.getComponents().setHeaders(Preconditions.headers());
    openApi.getComponents().setParameters(Preconditions.parameters());
    openApi.setTags(distinct(openApi.getTags()));
    if (!undescribed.isEmpty()) {
      openApi.addExtension(UNDESCRIBED, undescribed);
    }
  }

  /** Payara lists a tag once per class that names it: once is enough. */
  private static List<Tag> distinct(List<Tag> tags) {
    if (tags == null) {
      return null;
    }
    Map<String, Tag> byName = new LinkedHashMap<>();
    for (Tag tag : tags) {
      byName.putIfAbsent(tag.getName(), tag);
    }
    return new ArrayList<>(
        byName.values().stream().sorted(java.util.Comparator.comparing(Tag::getName)).toList());
  }
}
