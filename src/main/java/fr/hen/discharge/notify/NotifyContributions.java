package fr.hen.discharge.notify;

import fr.hen.platform.MessageBundleContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** The texts of the referral notifications and their mails ({@code i18n/discharge-notify}). */
@Component("dischargeNotifyContributions")
class NotifyContributions implements MessageBundleContributor {

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/discharge-notify");
  }
}
