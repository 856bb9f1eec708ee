package fr.hen.network.web;

import fr.hen.network.DirectorySort;
import fr.hen.network.GeoPoint;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameter conversions of the directory: {@code near=lat,lon} and a case-insensitive {@code sort}; a bad
 * value becomes a 400 naming the parameter.
 */
@Configuration
class DirectoryParameterConverters implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, GeoPoint.class, (Converter<String, GeoPoint>) GeoPoint::parse);
    registry.addConverter(String.class, DirectorySort.class, (Converter<String, DirectorySort>) DirectorySort::parse);
  }
}
