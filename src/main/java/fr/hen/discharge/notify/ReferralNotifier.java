package fr.hen.discharge.notify;

import fr.hen.discharge.ReferralMessagePosted;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.ReferralStatusChanged;
import fr.hen.platform.Notifications;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each side of a referral what the other did (notifications in the app and by e-mail, through the platform's
 * {@link Notifications}): the partner's {@code PARTNER_COORDINATOR}s when a request is sent, withdrawn, confirmed or
 * expires and when the hospital writes (link {@code /partner/referrals/{id}}); the hospital's
 * {@code DISCHARGE_COORDINATOR}s when the partner accepts, refuses or asks for information, when it expires and when
 * the partner writes (link {@code /referrals/{id}}). The texts name the request's number and the other organisation,
 * never the patient. Durable listeners: run after the commit of the change, retried until they succeed.
 */
@Component
class ReferralNotifier {

  static final Set<ReferralStatus> TOLD_TO_PARTNER = EnumSet.of(ReferralStatus.SENT, ReferralStatus.WITHDRAWN,
      ReferralStatus.CONFIRMED, ReferralStatus.EXPIRED);
  static final Set<ReferralStatus> TOLD_TO_HOSPITAL = EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.REFUSED,
      ReferralStatus.INFO_REQUESTED, ReferralStatus.EXPIRED);

  private final Notifications notifications;
  private final OrganisationNames organisations;

  ReferralNotifier(Notifications notifications, OrganisationNames organisations) {
    this.notifications = notifications;
    this.organisations = organisations;
  }

  @ApplicationModuleListener
  void on(ReferralStatusChanged event) {
    if (event.from() == event.to()) {
      return;
    }
    String number = number(event.referralId());
    if (TOLD_TO_PARTNER.contains(event.to())) {
      notifications.notifyRoles(event.partnerId(), Set.of(Role.PARTNER_COORDINATOR),
          "discharge.notify.partner." + event.to(), List.of(number, name(event.hospitalId())),
          "/partner/referrals/" + event.referralId());
    }
    if (TOLD_TO_HOSPITAL.contains(event.to())) {
      notifications.notifyRoles(event.hospitalId(), Set.of(Role.DISCHARGE_COORDINATOR),
          "discharge.notify.hospital." + event.to(), List.of(number, name(event.partnerId())),
          "/referrals/" + event.referralId());
    }
  }

  @ApplicationModuleListener
  void on(ReferralMessagePosted event) {
    String number = number(event.referralId());
    if (event.authorSide() == ReferralMessagePosted.Side.HOSPITAL) {
      notifications.notifyRoles(event.partnerId(), Set.of(Role.PARTNER_COORDINATOR),
          "discharge.notify.partner.MESSAGE", List.of(number, name(event.hospitalId())),
          "/partner/referrals/" + event.referralId());
    } else {
      notifications.notifyRoles(event.hospitalId(), Set.of(Role.DISCHARGE_COORDINATOR),
          "discharge.notify.hospital.MESSAGE", List.of(number, name(event.partnerId())),
          "/referrals/" + event.referralId());
    }
  }

  /** The number of a request as people quote it: its id. */
  static String number(long referralId) {
    return String.valueOf(referralId);
  }

  private String name(long organisationId) {
    return organisations.find(organisationId).map(OrganisationNames.OrganisationRef::name)
        .orElse("#" + organisationId);
  }
}
