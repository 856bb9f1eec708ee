package fr.hen.platform.web;

import fr.hen.platform.MessageBundleContributor;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message source: every bundle the modules contribute ({@link MessageBundleContributor}), read as
 * UTF-8, French when no translation matches (never the server's locale). Replaces Spring Boot's, which takes its
 * bundles from {@code spring.messages.basename}.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

  @Bean
  MessageSource messageSource(ObjectProvider<MessageBundleContributor> contributors) {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    contributors.orderedStream().forEach(c -> c.messageBundles().forEach(source::addBasenames));
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
