package fr.hen.demo;

import java.time.LocalDate;
import java.util.Random;

/** Fictional patients: common French first and last names drawn at random, never real people. */
final class DemoPeople {

  private static final String[] FAMILY = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
      "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
      "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet",
      "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry",
      "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clement", "Gauthier", "Dumont", "Lopez", "Fontaine",
      "Chevalier", "Robin", "Delattre", "Vasseur", "Carpentier", "Deschamps", "Lemaire", "Dhaussy", "Debruyne",
      "Vandamme", "Wattel", "Lecomte"};
  private static final String[] GIVEN_F = {"Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise",
      "Martine", "Christine", "Monique", "Valérie", "Sandrine", "Sophie", "Céline", "Chantal", "Nicole", "Brigitte",
      "Camille", "Julie", "Anne", "Jacqueline"};
  private static final String[] GIVEN_M = {"Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe",
      "Pierre", "Christian", "Éric", "Frédéric", "Laurent", "Stéphane", "David", "Pascal", "Daniel", "Thierry",
      "Bernard", "Didier", "Gérard"};

  private DemoPeople() {}

  static DemoStays.Patient patient(Random random, long id, long organisationId, String mrnPrefix, LocalDate today) {
    boolean female = random.nextInt(100) < 52;
    int age = Math.max(19, Math.min(97, (int) Math.round(64 + 13 * random.nextGaussian())));
    LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
    String given = female ? GIVEN_F[random.nextInt(GIVEN_F.length)] : GIVEN_M[random.nextInt(GIVEN_M.length)];
    return new DemoStays.Patient(id, organisationId, mrnPrefix + String.format("%07d", id),
        FAMILY[random.nextInt(FAMILY.length)], given, birth, female ? "F" : "M");
  }
}
