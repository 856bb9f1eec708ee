package fr.hen.network.web;

import fr.hen.network.DirectorySort;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameter conversions of the directory: a case-insensitive {@code sort}; a bad value becomes a 400 naming
 * the parameter. ({@code near} is read by {@code OrganisationSearch.locate}: a town or a postcode needs the
 * directory.)
 */
@Configuration
class DirectoryParameterConverters implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, DirectorySort.class, (Converter<String, DirectorySort>) DirectorySort::parse);
  }
}
