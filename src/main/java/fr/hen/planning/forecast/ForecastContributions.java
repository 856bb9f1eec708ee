package fr.hen.planning.forecast;

import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the forecast adds to the platform: its page in the navigation and its message bundle (no audit type). */
@Component
class ForecastContributions implements NavigationContributor, MessageBundleContributor {

  static final Set<Role> READERS = Set.of(Role.BED_MANAGER, Role.DISCHARGE_COORDINATOR, Role.QUALITY_MANAGER);

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(new NavigationEntry("forecast.nav", "/forecast", 55, READERS));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/forecast");
  }
}
