package fr.hen.demo;

import fr.hen.demo.Towns.Town;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The organisations of the demo network: the network body, three member hospitals and 48 partners. */
final class DemoNetwork {

  record Capacity(String capability, int places, int free, String status) {}

  record Org(long id, String code, String type, String name, String finess, String address, Town town,
      String status, Integer answerDelayHours, List<Capacity> capacities, String contactName, String contactRole) {}

  static final String CANCER_CENTRE = "COF";

  /** Partner types with how many of each, their capabilities and a naming pattern. */
  private record PartnerKind(String type, int count, String namePattern, List<String> capabilities, int placesMin,
      int placesMax) {}

  private static final List<PartnerKind> KINDS = List.of(
      new PartnerKind("HAD", 6, "HAD %s", List.of("HOME_CHEMOTHERAPY", "PARENTERAL_NUTRITION", "ENTERAL_NUTRITION",
          "COMPLEX_WOUND_CARE", "PALLIATIVE_CARE", "PAIN_PUMP", "TRANSFUSION"), 8, 40),
      new PartnerKind("SMR", 10, "SMR Les Tilleuls de %s", List.of("REHAB_ORTHO", "REHAB_NEURO", "REHAB_CARDIO",
          "REHAB_RESPIRATORY", "COMPLEX_WOUND_CARE", "ENTERAL_NUTRITION", "OXYGEN_THERAPY", "ISOLATION_MDR"), 10, 60),
      new PartnerKind("DAC", 4, "DAC Appui Santé %s", List.of("SOCIAL_SUPPORT"), 20, 80),
      new PartnerKind("EHPAD", 10, "EHPAD Résidence du Beffroi, %s", List.of("DEMENTIA", "OXYGEN_THERAPY",
          "PALLIATIVE_CARE", "SOCIAL_SUPPORT", "BARIATRIC"), 2, 12),
      new PartnerKind("SSIAD", 7, "SSIAD Soins à domicile de %s", List.of("COMPLEX_WOUND_CARE", "SOCIAL_SUPPORT",
          "ENTERAL_NUTRITION"), 10, 50),
      new PartnerKind("HOME_CARE", 5, "Prestataire Santé Domicile %s", List.of("OXYGEN_THERAPY",
          "PARENTERAL_NUTRITION", "ENTERAL_NUTRITION", "PAIN_PUMP", "TRACHEOSTOMY_VENTILATION"), 20, 120),
      new PartnerKind("USLD", 3, "USLD Les Charmilles, %s", List.of("DEMENTIA", "TRACHEOSTOMY_VENTILATION",
          "ENTERAL_NUTRITION", "DIALYSIS"), 4, 20),
      new PartnerKind("PALLIATIVE", 3, "Unité de soins palliatifs de %s", List.of("PALLIATIVE_CARE", "PAIN_PUMP",
          "TRANSFUSION"), 4, 12));

  private static final String[] STREETS = {"rue de la Paix", "avenue de la République", "rue Nationale",
      "boulevard Victor-Hugo", "rue du Général-de-Gaulle", "place du Marché", "rue des Écoles", "rue Pasteur",
      "avenue Jean-Jaurès", "rue de la Gare"};
  private static final String[] CONTACTS = {"Claire Dumont", "Julien Lefebvre", "Sophie Carpentier",
      "Nicolas Delattre", "Camille Vasseur", "Thomas Lemaire", "Isabelle Caron", "Antoine Desmet"};

  private DemoNetwork() {}

  static List<Org> organisations(Random random) {
    List<Org> orgs = new ArrayList<>();
    Town lille = town("Lille");
    orgs.add(new Org(1, "HEN-HDF", "NETWORK", "Réseau HEN Hauts-de-France", null, "12 rue de la Paix", lille,
        "ACTIVE", null, List.of(), "Hélène Marchand", "Coordinatrice du réseau"));
    orgs.add(new Org(2, CANCER_CENTRE, "HOSPITAL", "Centre Oncologique des Flandres", "599990011",
        "3 rue Frédéric-Combemale", lille, "ACTIVE", null, List.of(), "Marc Delporte", "Gestionnaire de lits"));
    orgs.add(new Org(3, "CHA", "HOSPITAL", "Centre Hospitalier de l'Artois", "629990022", "99 route de La Bassée",
        town("Lens"), "ACTIVE", null, List.of(), "Nadia Benali", "Cadre de santé"));
    orgs.add(new Org(4, "HDL", "HOSPITAL", "Hôpital du Littoral", "629990033", "1 allée Jacques-Monod",
        town("Boulogne-sur-Mer"), "ACTIVE", null, List.of(), "Paul Vermeersch", "Directeur des soins"));
    long id = 5;
    int townIndex = 0;
    for (PartnerKind kind : KINDS) {
      for (int i = 0; i < kind.count(); i++) {
        Town town = Towns.ALL.get((townIndex++ * 7 + 3) % Towns.ALL.size());
        String status = random.nextInt(100) < 70 ? "ACTIVE" : random.nextInt(100) < 65 ? "UNDER_SOLICITED"
            : "PROSPECT";
        List<Capacity> capacities = new ArrayList<>();
        for (String capability : kind.capabilities()) {
          if (capacities.isEmpty() || random.nextInt(100) < 70) {
            int places = kind.placesMin() + random.nextInt(kind.placesMax() - kind.placesMin() + 1);
            int free = random.nextInt(100) < 20 ? 0 : random.nextInt(Math.max(1, places / 3) + 1);
            String capacityStatus = free == 0 ? (random.nextBoolean() ? "OCCUPIED" : "CLOSED") : "AVAILABLE";
            capacities.add(new Capacity(capability, places, free, capacityStatus));
          }
        }
        String code = kind.type().replace("_", "") + "-" + String.format("%02d", i + 1);
        orgs.add(new Org(id++, code, kind.type(), String.format(kind.namePattern(), town.name()),
            String.format("%s99%05d", town.postcode().substring(0, 2), id), (1 + random.nextInt(120)) + " "
                + STREETS[random.nextInt(STREETS.length)], town, status, 12 + 12 * random.nextInt(6), capacities,
            CONTACTS[random.nextInt(CONTACTS.length)], "Coordination des admissions"));
      }
    }
    return orgs;
  }

  private static Town town(String name) {
    return Towns.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
