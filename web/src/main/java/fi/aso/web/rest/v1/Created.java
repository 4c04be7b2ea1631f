package fi.aso.web.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a create answers: the new thing's id (read it with a GET when more is needed). */
@Schema(description = "The id of what was created")
public record Created(@Schema(example = "42") long id) {}
