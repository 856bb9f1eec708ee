package fr.hen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** HEN: the Hospital Engagement Network platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HenApplication {

  public static void main(String[] args) {
    SpringApplication.run(HenApplication.class, args);
  }
}
