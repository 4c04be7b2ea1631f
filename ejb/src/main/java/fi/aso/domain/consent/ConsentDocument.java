package fi.aso.domain.consent;

import fi.aso.domain.Refusal;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/** The scanned paper form of a consent version, kept sealed (encrypted) in the database. */
@Entity
@Table(name = "consent_document")
@NamedQuery(
    name = "ConsentDocument.ofConsent",
    query = "select d from ConsentDocument d where d.consent.id = :consentId")
public class ConsentDocument {

  public static final Set<String> ACCEPTED_TYPES =
      Set.of("application/pdf", "image/jpeg", "image/png");
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "consent_id")
  private Consent consent;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] sealed;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected ConsentDocument() {}

  public ConsentDocument(
      Consent consent,
      String fileName,
      String contentType,
      int sizeBytes,
      String sha256,
      byte[] sealed,
      String uploadedBy,
      Instant at) {
    if (consent.method() != ConsentMethod.PAPER) {
      throw new Refusal("consent.scanOnlyPaper", "only a paper consent has a scanned form");
    }
    this.consent = consent;
    fill(fileName, contentType, sizeBytes, sha256, sealed, uploadedBy, at);
  }

  /**
   * Another scan in place of this one (the case worker scanned the wrong sheet, or a clearer copy):
   * one form per consent version, so the latest upload is the form.
   */
  public void replace(
      String fileName,
      String contentType,
      int sizeBytes,
      String sha256,
      byte[] sealed,
      String uploadedBy,
      Instant at) {
    fill(fileName, contentType, sizeBytes, sha256, sealed, uploadedBy, at);
  }

  private void fill(
      String fileName,
      String contentType,
      int sizeBytes,
      String sha256,
      byte[] sealed,
      String uploadedBy,
      Instant at) {
    if (!ACCEPTED_TYPES.contains(contentType)) {
      throw new Refusal("consent.scanType", "the scan must be a PDF, JPEG or PNG file");
    }
    if (sizeBytes <= 0 || sizeBytes > MAX_BYTES) {
      throw new Refusal("consent.scanSize", "the scan must be at most 10 MB");
    }
    // first: the sealed bytes are fetched lazily, and in the container EclipseLink loads the rest
    // of a partly fetched row when a lazy attribute is first touched, undoing what was set before
    this.sealed = sealed;
    String name = fileName == null || fileName.isBlank() ? "suostumus" : fileName.strip();
    name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    this.fileName = name.length() > 200 ? name.substring(0, 200) : name;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at.atOffset(ZoneOffset.UTC);
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] sealed() {
    return sealed;
  }
}
