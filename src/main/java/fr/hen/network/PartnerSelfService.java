package fr.hen.network;

import fr.hen.network.internal.CapabilityCatalogue;
import fr.hen.network.internal.CapacityRules;
import fr.hen.network.internal.Organisation;
import fr.hen.network.internal.OrganisationCapability;
import fr.hen.network.internal.OrganisationContact;
import fr.hen.network.internal.OrganisationRules;
import fr.hen.network.internal.OrganisationStore;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner coordinator keeps up to date for their own organisation (network coordinators and
 * administrators for any): declared capacity per capability and contacts. Each change is recorded in the audit log
 * (resource {@code Organisation}, the code as id) in its transaction.
 */
@Service
public class PartnerSelfService {

  private final OrganisationStore store;
  private final CapabilityCatalogue catalogue;
  private final Validator validator;
  private final AuditLog audit;

  PartnerSelfService(OrganisationStore store, CapabilityCatalogue catalogue, Validator validator, AuditLog audit) {
    this.store = store;
    this.catalogue = catalogue;
    this.validator = validator;
    this.audit = audit;
  }

  /** True when the user may declare capacity and edit contacts of this organisation. */
  public static boolean mayManage(HenUser user, long organisationId) {
    return user.has(Role.NETWORK_COORDINATOR) || user.has(Role.ADMIN)
        || user.has(Role.PARTNER_COORDINATOR) && user.organisationId() == organisationId;
  }

  /** The problems of a capacity declaration, line by line (nothing is saved); empty when it may be declared. */
  @Transactional(readOnly = true)
  public List<CapacityProblem> capacityProblems(List<CapacityDeclaration> declarations) {
    return CapacityRules.problems(declarations, catalogue::exists);
  }

  /**
   * Replaces the declared capacity of the organisation, every entry declared now; the first of its
   * {@link #capacityProblems} is an {@link fr.hen.platform.InvalidFieldException} naming {@code capabilities[i].field}.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('PARTNER_COORDINATOR','NETWORK_COORDINATOR','ADMIN')")
  public OrganisationProfile declareCapacity(HenUser user, String code, List<CapacityDeclaration> declarations) {
    Organisation organisation = manageable(user, code);
    OrganisationRules.capacityIsConsistent(declarations, catalogue::exists);
    OrganisationProfile before = store.profile(organisation);
    var now = store.now();
    organisation.declare(declarations.stream().map(d -> OrganisationCapability.of(d, now)).toList());
    organisation.touch(now);
    OrganisationProfile saved = store.save(organisation);
    audit.record(user, AuditAction.UPDATE, OrganisationChanges.RESOURCE, code, null,
        OrganisationChanges.capacity(before.capabilities(), saved.capabilities()));
    return saved;
  }

  /**
   * Replaces the contacts of the organisation, in the given order; a broken contact field is an
   * {@link fr.hen.platform.InvalidFieldException} naming {@code contacts[i].field}, and nothing is saved.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('PARTNER_COORDINATOR','NETWORK_COORDINATOR','ADMIN')")
  public OrganisationProfile replaceContacts(HenUser user, String code, List<Contact> contacts) {
    Organisation organisation = manageable(user, code);
    OrganisationRules.contactsAreValid(contacts, validator);
    OrganisationProfile before = store.profile(organisation);
    organisation.replaceContacts(contacts.stream().map(OrganisationContact::of).toList());
    organisation.touch(store.now());
    OrganisationProfile saved = store.save(organisation);
    String changes = OrganisationChanges.contacts(before.contacts(), saved.contacts());
    audit.record(user, AuditAction.UPDATE, OrganisationChanges.RESOURCE, code, null,
        changes.isEmpty() ? "contacts confirmed" : changes);
    return saved;
  }

  private Organisation manageable(HenUser user, String code) {
    Organisation organisation = store.load(code);
    if (!mayManage(user, organisation.id())) {
      throw new AccessDeniedException("Only the organisation's own coordinators may change it");
    }
    return organisation;
  }
}
