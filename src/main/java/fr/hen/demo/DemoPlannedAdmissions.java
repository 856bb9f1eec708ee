package fr.hen.demo;

import fr.hen.network.OrganisationDirectory;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.BedStatus;
import fr.hen.stays.HospitalBeds;
import fr.hen.stays.PlannedAdmissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A few planned admissions for the demo cancer centre (issue 11 §3), written once the application is ready through
 * the stays module's published API as the system actor {@code system:demo}: six expected admissions over the next
 * days, two of them with a bed reserved. Only with {@code --demo}, and only when the hospital's queue is empty.
 */
@Component
class DemoPlannedAdmissions {

  private static final Logger log = LoggerFactory.getLogger(DemoPlannedAdmissions.class);

  private final DemoSeeder seeder;
  private final OrganisationDirectory organisations;
  private final PlannedAdmissions plans;
  private final HospitalBeds beds;
  private final Clock clock;

  DemoPlannedAdmissions(DemoSeeder seeder, OrganisationDirectory organisations, PlannedAdmissions plans,
      HospitalBeds beds, Clock clock) {
    this.seeder = seeder;
    this.organisations = organisations;
    this.plans = plans;
    this.beds = beds;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void plan() {
    if (!seeder.requested()) {
      return;
    }
    organisations.findByCode(DemoNetwork.CANCER_CENTRE).ifPresent(hospital -> {
      SystemActor demo = SystemActor.forOrganisation("demo", hospital.id(), Set.of(),
          PlannedAdmissions.MANAGE_RIGHT, HospitalBeds.BED_STATUS_RIGHT);
      LocalDate today = LocalDate.now(clock);
      SystemActors.run(demo, () -> {
        if (!plans.queue(demo, today.minusDays(1), today.plusDays(30)).isEmpty()) {
          return;
        }
        List<HospitalBeds.BedFact> free = beds.beds(demo).stream().filter(b -> b.status() == BedStatus.FREE)
            .filter(b -> "ANY".equals(b.genderPolicy()) || "SAME".equals(b.genderPolicy())).filter(b -> b.equipment().isEmpty()).toList();
        record Wish(int inDays, int nights, String specialism, String sex, int age, Set<String> required) {}
        List<Wish> wishes = List.of(new Wish(0, 3, "MEDICAL_ONCOLOGY", "F", 62, Set.of()),
            new Wish(0, 5, "HAEMATOLOGY", "M", 48, Set.of()), new Wish(1, 2, "MEDICAL_ONCOLOGY", "M", 71, Set.of()),
            new Wish(1, 4, "SUPPORTIVE_CARE", "F", 80, Set.of("OXYGEN")),
            new Wish(2, 6, "HAEMATOLOGY", "F", 55, Set.of()), new Wish(3, 3, "RADIOTHERAPY", "M", 66, Set.of()));
        int reserved = 0;
        for (int i = 0; i < wishes.size(); i++) {
          Wish w = wishes.get(i);
          long id = plans.plan(demo, new PlannedAdmissions.Plan(today.plusDays(w.inDays()), w.nights(),
              w.specialism(), w.sex(), w.age(), w.required(), Set.of(), null, null, "DEMO-PA-" + (i + 1), null,
              null));
          if (i < 2 && reserved < free.size()) {
            plans.reserve(demo, id, free.get(reserved++).bedId());
          }
        }
        log.info("Demo planned admissions: {} planned, {} with a bed reserved", wishes.size(), reserved);
      });
    });
  }
}
