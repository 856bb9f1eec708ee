package fr.hen.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The message bundles of a module: base names on the class path such as {@code i18n/stays} for
 * {@code i18n/stays.properties} (French, the default) and {@code i18n/stays_en.properties}. The platform's message
 * source reads every contributed bundle; a key is defined in one bundle only.
 */
@NamedInterface("spi")
@FunctionalInterface
public interface MessageBundleContributor {

  List<String> messageBundles();
}
