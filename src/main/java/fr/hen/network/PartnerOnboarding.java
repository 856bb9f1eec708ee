package fr.hen.network;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.Invitations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding a partner structure (network coordinators and administrators): inviting its coordinator by e-mail
 * (the platform's {@link Invitations}) and moving its partnership from {@code PROSPECT} to {@code ACTIVE} with the
 * date of the agreement. Both are audited on the organisation ({@code Organisation}, administration).
 */
@Service
public class PartnerOnboarding {

  private final OrganisationDirectory directory;
  private final Invitations invitations;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  PartnerOnboarding(OrganisationDirectory directory, Invitations invitations, JdbcClient jdbc, AuditLog audit,
      Clock clock) {
    this.directory = directory;
    this.invitations = invitations;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Invites the coordinator of a partner structure: unknown code 404; a deactivated organisation 409
   * {@code organisation-inactive}; a member hospital 409 {@code not-a-partner} (its staff get accounts from its
   * administrator); a malformed {@code email} or blank {@code full_name} 422.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR','ADMIN')")
  public Invitations.Invitation invite(Actor actor, String code, String email, String fullName) {
    OrganisationProfile organisation = directory.get(code);
    if (!organisation.active()) {
      throw new ConflictException("organisation-inactive", "Organisation " + code + " is deactivated");
    }
    if (organisation.type() == OrganisationType.HOSPITAL) {
      throw new ConflictException("not-a-partner",
          "Organisation " + code + " is a member hospital: its accounts are made by its administrator");
    }
    Invitations.Invitation invitation = invitations.invite(actor, organisation.id(), email, fullName);
    audit.record(actor, AuditAction.UPDATE, OrganisationChanges.RESOURCE, organisation.code(), null,
        "coordinator invited (invitation " + invitation.id() + ")");
    return invitation;
  }

  /**
   * Moves a partnership from {@code PROSPECT} to {@code ACTIVE} with the date of its agreement: {@code status} must
   * be {@code ACTIVE} (422 {@code status}); {@code agreement_date} is required and not after today (422
   * {@code agreement_date}); unknown code 404; a deactivated organisation 409 {@code organisation-inactive}. A
   * partnership already {@code ACTIVE} with this very date is answered as it is, unchanged and not audited again (a
   * repeated click); any other non-prospect is 409 {@code partnership-not-prospect}. The change is one conditional
   * update, so two requests at once activate it once.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR','ADMIN')")
  public OrganisationProfile activate(Actor actor, String code, PartnershipStatus status, LocalDate agreementDate) {
    if (status != PartnershipStatus.ACTIVE) {
      throw new InvalidFieldException("status", "Only ACTIVE: a prospect becomes an active partner");
    }
    if (agreementDate == null) {
      throw new InvalidFieldException("agreement_date", "The date of the partnership agreement is required");
    }
    if (agreementDate.isAfter(LocalDate.now(clock))) {
      throw new InvalidFieldException("agreement_date", "The agreement date cannot be in the future");
    }
    OrganisationProfile organisation = directory.get(code);
    if (!organisation.active()) {
      throw new ConflictException("organisation-inactive", "Organisation " + code + " is deactivated");
    }
    int changed = jdbc.sql("""
            UPDATE organisation SET partnership_status = 'ACTIVE', agreement_date = :date, updated_at = :now,
                                    version = version + 1
            WHERE id = :id AND partnership_status = 'PROSPECT'""")
        .param("date", agreementDate).param("now", LocalDateTime.now(clock)).param("id", organisation.id())
        .update();
    if (changed == 0) {
      OrganisationProfile now = directory.findById(organisation.id()).orElseThrow();
      if (now.partnershipStatus() == PartnershipStatus.ACTIVE && agreementDate.equals(now.agreementDate())) {
        return now;
      }
      throw new ConflictException("partnership-not-prospect", "The partnership of " + code + " is "
          + now.partnershipStatus() + ", not PROSPECT");
    }
    audit.record(actor, AuditAction.UPDATE, OrganisationChanges.RESOURCE, organisation.code(), null,
        "partnership_status=PROSPECT→ACTIVE; agreement_date=" + agreementDate);
    return directory.findById(organisation.id()).orElseThrow();
  }
}
