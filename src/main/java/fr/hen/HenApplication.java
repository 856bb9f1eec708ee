package fr.hen;

import fr.hen.adt.AdtCommand;
import fr.hen.planning.PasCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * HEN: the Hospital Engagement Network platform. {@code java -jar hen.jar} starts it; a first argument {@code adt}
 * or {@code pas} runs that command line tool instead, without starting the application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HenApplication {

  public static void main(String[] args) {
    if (args.length > 0 && ("adt".equals(args[0]) || "pas".equals(args[0]))) {
      String[] rest = Arrays.copyOfRange(args, 1, args.length);
      System.exit("adt".equals(args[0]) ? AdtCommand.run(rest) : PasCommand.run(rest));
    }
    SpringApplication.run(HenApplication.class, args);
  }
}
