package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.network.NotPermitted;
import fi.aso.application.search.FilterValues;
import fi.aso.application.servicemap.CatalogueCsv;
import fi.aso.application.servicemap.CsvRowRefused;
import fi.aso.application.servicemap.ServiceCatalogue;
import fi.aso.application.servicemap.ServiceView;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region's service catalogue page: everyone signed in reads it (filtered by kind and
 * organisation, from the address); the region's administrators add, change and retire services and
 * move the catalogue in and out as a CSV file; a partner user adds and changes their own
 * organisation's.
 */
@Named
@ViewScoped
public class ServicesBean implements Serializable {

  /** Which form field each refusal is about, for the error summary's link. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "services.nameFi", "service:nameFi",
          "services.duplicate", "service:nameFi",
          "services.kind", "service:kind",
          "services.referralWay", "service:ways",
          "services.email", "service:email",
          "services.phone", "service:phone",
          "services.web", "service:web",
          "services.provider", "service:organisation");

  @Inject ServiceCatalogue catalogue;
  @Inject Messages messages;
  @Inject DashboardBean currentUser;

  /** The filter, as the address gives it (text: a bad value is said, not widened). */
  private String kind;

  private String organisation;

  private transient List<ServiceView> services;
  private transient List<Organisation> providers;

  /** A partner user's organisation (-1: none), read once. */
  private Long ownOrganisation;

  /** The service being edited: null none, 0 a new one. */
  private Long editingId;

  private long editingVersion;
  private Long organisationId;
  private ServiceKind editKind = ServiceKind.OTHER;
  private String nameFi;
  private String nameSv;
  private String nameEn;
  private String targetGroup;
  private List<String> ways = new ArrayList<>();
  private String openingHours;
  private String phone;
  private String email;
  private String address;
  private String web;
  private List<String> needs = new ArrayList<>();

  private transient Part csvFile;

  /** The services the filter admits; a filter value the list does not know is said. */
  public List<ServiceView> getServices() {
    if (services == null) {
      try {
        services =
            catalogue.list(
                new ServiceCatalogue.Filter(
                    FilterValues.choice(ServiceKind.class, kind, "kind"),
                    FilterValues.id(organisation, "organisation")));
      } catch (Refusal refused) {
        messages.refused("services.badFilter", refused);
        kind = null;
        organisation = null;
        services = catalogue.list(ServiceCatalogue.Filter.ALL);
      }
    }
    return services;
  }

  /** How many services are shown, in words. */
  public String getCountText() {
    return messages.get("services.count", getServices().size());
  }

  /** The organisations of the region's network, for the filter and the provider choice. */
  public List<Organisation> getProviders() {
    if (providers == null) {
      providers = catalogue.providers();
    }
    return providers;
  }

  public boolean isAdministrator() {
    return currentUser.hasRole("ADMIN");
  }

  /** Whether the user may add services: administrators, and partner users for their own. */
  public boolean isMayAdd() {
    return isAdministrator() || getOwnOrganisation() != null;
  }

  /** The partner user's own organisation, the provider of every service they add. */
  private Long getOwnOrganisation() {
    if (ownOrganisation == null) {
      ownOrganisation = catalogue.ownOrganisation().orElse(-1L);
    }
    return ownOrganisation < 0 ? null : ownOrganisation;
  }

  /** Opens the form for a new service (administrators; a partner user for their organisation). */
  public void add() {
    editingId = 0L;
    editingVersion = 0;
    fill(
        isAdministrator() ? null : getOwnOrganisation(),
        new ServiceDescription(
            ServiceKind.OTHER,
            null,
            null,
            null,
            null,
            Set.of(),
            null,
            null,
            null,
            null,
            null,
            Set.of(InformationCategory.IDENTITY_AND_RELEASE)));
  }

  /** Opens the form filled with the service as it is now. */
  public void edit(long serviceId) {
    try {
      ServiceView s = catalogue.get(serviceId);
      editingId = s.id();
      editingVersion = s.version();
      fill(s.organisationId(), s.description());
    } catch (NotFound | NotPermitted gone) {
      messages.error("services.gone");
      services = null;
    }
  }

  public void cancel() {
    editingId = null;
  }

  /** Saves the form; a refusal is said beside its field and the form keeps what was typed. */
  public void save() {
    if (editingId == null) {
      return;
    }
    ServiceDescription description =
        new ServiceDescription(
            editKind,
            nameFi,
            nameSv,
            nameEn,
            targetGroup,
            codes(ways, ReferralWay.class),
            openingHours,
            phone,
            email,
            address,
            web,
            codes(needs, InformationCategory.class));
    try {
      if (editingId == 0L) {
        catalogue.create(organisationId == null ? -1 : organisationId, description);
        messages.info("services.added");
      } else {
        catalogue.update(editingId, editingVersion, organisationId, description);
        messages.info("services.saved");
      }
      editingId = null;
      services = null;
    } catch (Refusal refused) {
      messages.refusedAt(FIELDS.get(refused.code()), "services.invalid", refused);
    } catch (ConcurrentEdit changed) {
      messages.error("services.changed");
    } catch (NotFound | NotPermitted denied) {
      messages.error("services.notPermitted");
    }
  }

  /** Retires the service being edited (administrators). */
  public void retire() {
    if (editingId == null || editingId == 0L) {
      return;
    }
    try {
      catalogue.retire(editingId, editingVersion);
      messages.info("services.retired");
      editingId = null;
      services = null;
    } catch (ConcurrentEdit changed) {
      messages.error("services.changed");
    } catch (NotFound | NotPermitted denied) {
      messages.error("services.notPermitted");
    }
  }

  /** Sends the region's catalogue as a CSV file (administrators). */
  public void exportCsv() throws IOException {
    byte[] csv;
    try {
      csv = catalogue.exportCsv().getBytes(StandardCharsets.UTF_8);
    } catch (NotPermitted denied) {
      messages.error("services.notPermitted");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"palvelut.csv\"");
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseContentLength(csv.length);
    external.getResponseOutputStream().write(csv);
    faces.responseComplete();
  }

  /** Reads a chosen CSV file into the catalogue: all of it, or nothing with the bad line named. */
  public void importCsv() throws IOException {
    if (csvFile == null || csvFile.getSize() == 0) {
      messages.errorAt("csv:file", "services.csvNone");
      return;
    }
    if (csvFile.getSize() > CatalogueCsv.MAX_CHARS) {
      messages.errorAt("csv:file", "services.csvTooLarge");
      return;
    }
    String text;
    try (var in = csvFile.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      ServiceCatalogue.ImportResult done = catalogue.importCsv(text);
      messages.infoText(
          messages.get("services.imported", done.created(), done.updated(), done.unchanged()));
      services = null;
    } catch (CsvRowRefused row) {
      messages.errorTextAt(
          "csv:file",
          messages.get("services.csvLine", row.line()) + " " + messages.refusal(row.reason()));
    } catch (Refusal refused) {
      messages.refusedAt("csv:file", "services.csvRefused", refused);
    } catch (NotPermitted denied) {
      messages.error("services.notPermitted");
    }
  }

  private void fill(Long organisationId, ServiceDescription d) {
    this.organisationId = organisationId;
    editKind = d.kind() == null ? ServiceKind.OTHER : d.kind();
    nameFi = d.nameFi();
    nameSv = d.nameSv();
    nameEn = d.nameEn();
    targetGroup = d.targetGroup();
    ways = new ArrayList<>(d.referralWays().stream().map(Enum::name).toList());
    openingHours = d.openingHours();
    phone = d.phone();
    email = d.email();
    address = d.address();
    web = d.webAddress();
    needs = new ArrayList<>(d.informationNeeds().stream().map(Enum::name).toList());
  }

  private static <E extends Enum<E>> Set<E> codes(List<String> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (String value : values == null ? List.<String>of() : values) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          set.add(constant);
        }
      }
    }
    return set;
  }

  public ServiceKind[] getKinds() {
    return ServiceKind.values();
  }

  public ReferralWay[] getReferralWays() {
    return ReferralWay.values();
  }

  public InformationCategory[] getCategories() {
    return InformationCategory.values();
  }

  public Long getEditingId() {
    return editingId;
  }

  public boolean isEditingNew() {
    return editingId != null && editingId == 0L;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public ServiceKind getEditKind() {
    return editKind;
  }

  public void setEditKind(ServiceKind editKind) {
    this.editKind = editKind;
  }

  public String getNameFi() {
    return nameFi;
  }

  public void setNameFi(String nameFi) {
    this.nameFi = nameFi;
  }

  public String getNameSv() {
    return nameSv;
  }

  public void setNameSv(String nameSv) {
    this.nameSv = nameSv;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public List<String> getWays() {
    return ways;
  }

  public void setWays(List<String> ways) {
    this.ways = ways;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getWeb() {
    return web;
  }

  public void setWeb(String web) {
    this.web = web;
  }

  public List<String> getNeeds() {
    return needs;
  }

  public void setNeeds(List<String> needs) {
    this.needs = needs;
  }

  public Part getCsvFile() {
    return csvFile;
  }

  public void setCsvFile(Part csvFile) {
    this.csvFile = csvFile;
  }
}
