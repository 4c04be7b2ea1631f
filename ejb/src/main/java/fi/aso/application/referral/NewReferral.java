package fi.aso.application.referral;

import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral;
import java.time.LocalDate;
import java.util.Map;

/**
 * A case worker's referral of a client to the ASO group: who, where, when released, and the mapping
 * of their situation. The identity code is optional and never stored in the clear.
 */
public record NewReferral(
    String fullName,
    LocalDate dateOfBirth,
    String identityCode,
    ClientKind kind,
    long institutionId,
    LocalDate expectedReleaseDate,
    Map<Referral.Topic, String> topics) {}
