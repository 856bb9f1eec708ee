package fr.hen.network;

import fr.hen.network.internal.CapabilityCatalogue;
import fr.hen.network.internal.Organisation;
import fr.hen.network.internal.OrganisationRows;
import fr.hen.network.internal.OrganisationRules;
import fr.hen.network.internal.OrganisationStore;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.NotFoundException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The network directory, for every module: organisations by id or code, the member hospitals, the capability
 * catalogue; onboarding, editing and deactivating organisations (network coordinators and administrators), each
 * write recorded in the audit log (resource {@code Organisation}, the code as id) in its transaction.
 */
@Service
@Validated
public class OrganisationDirectory {

  private final OrganisationStore store;
  private final OrganisationRows rows;
  private final CapabilityCatalogue catalogue;
  private final AuditLog audit;

  OrganisationDirectory(OrganisationStore store, OrganisationRows rows, CapabilityCatalogue catalogue,
      AuditLog audit) {
    this.store = store;
    this.rows = rows;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Optional<OrganisationProfile> findById(long id) {
    return rows.byId(id);
  }

  @Transactional(readOnly = true)
  public Optional<OrganisationProfile> findByCode(String code) {
    return rows.byCode(code);
  }

  /** The organisation with this code, or a {@link NotFoundException}. */
  @Transactional(readOnly = true)
  public OrganisationProfile get(String code) {
    return rows.byCode(code).orElseThrow(() -> new NotFoundException("Organisation", code));
  }

  /** Active member hospitals, by name. */
  @Transactional(readOnly = true)
  public List<OrganisationProfile> hospitals() {
    return rows.activeOfType(OrganisationType.HOSPITAL);
  }

  /**
   * Every active partner structure (any type but {@code HOSPITAL} and {@code NETWORK}, whatever its partnership
   * status) with its declared capacities, by id, read in two queries whatever their number: for computations over
   * the whole network such as partner matching. Contacts are not read (empty lists).
   */
  @Transactional(readOnly = true)
  public List<OrganisationProfile> partners() {
    return rows.activePartners();
  }

  /** The capability catalogue in the current user's language, by label. */
  @Transactional(readOnly = true)
  public List<Capability> capabilities() {
    return catalogue.all();
  }

  /** Onboards an organisation; a taken code is a {@link ConflictException} {@code duplicate-code}. */
  @Transactional
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR','ADMIN')")
  public OrganisationProfile create(Actor actor, @Valid OrganisationData data) {
    return onboard(actor, data);
  }

  /**
   * The rules, the write and the audit of {@link #create}, for callers that authorised it otherwise (the first
   * set-up); runs in the caller's transaction.
   */
  OrganisationProfile onboard(Actor actor, OrganisationData data) {
    OrganisationRules.check(data, catalogue::exists);
    store.requireFreeCode(data.code());
    OrganisationProfile created = store.save(Organisation.create(data, store.now()));
    audit.record(actor, AuditAction.CREATE, OrganisationChanges.RESOURCE, created.code(), null,
        OrganisationChanges.created(created));
    return created;
  }

  /** Replaces the editable fields of the organisation with this code (capabilities kept when not given). */
  @Transactional
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR','ADMIN')")
  public OrganisationProfile update(Actor actor, String code, @Valid OrganisationData data) {
    Organisation organisation = store.load(code);
    OrganisationRules.check(data, catalogue::exists);
    if (!code.equals(data.code())) {
      store.requireFreeCode(data.code());
    }
    OrganisationProfile before = store.profile(organisation);
    organisation.apply(data, store.now());
    OrganisationProfile saved = store.save(organisation);
    audit.record(actor, AuditAction.UPDATE, OrganisationChanges.RESOURCE, saved.code(), null,
        OrganisationChanges.updated(before, saved));
    return saved;
  }

  /** Deactivates an organisation: it leaves the directory's default views but is never deleted. */
  @Transactional
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR','ADMIN')")
  public void deactivate(Actor actor, String code) {
    Organisation organisation = store.load(code);
    boolean wasActive = organisation.active();
    organisation.deactivate(store.now());
    store.save(organisation);
    audit.record(actor, AuditAction.VOID, OrganisationChanges.RESOURCE, code, null,
        OrganisationChanges.deactivated(wasActive));
  }

}
