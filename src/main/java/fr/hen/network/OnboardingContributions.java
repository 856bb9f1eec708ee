package fr.hen.network;

import fr.hen.platform.MessageBundleContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** The texts of partner onboarding (invitation and partnership forms of the organisation page). */
@Component
class OnboardingContributions implements MessageBundleContributor {

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/network-onboarding");
  }
}
