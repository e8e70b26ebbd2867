package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented names and contact details for the people of the scenarios, as an attendance register would
 * hold them. Phone numbers are in the range the French regulator reserves for fiction (06 39 98 xx xx)
 * and e-mail addresses use the reserved domain example.org, so that no real person can be reached.
 */
final class FakeIdentities {
  /** Twenty women's given names, then twenty men's. */
  private static final List<String> GIVEN_NAMES =
      List.of(
          "Amina", "Yasmine", "Inès", "Léa", "Sarah", "Fatou", "Camille", "Nadia", "Chloé", "Aïcha",
          "Emma", "Samira", "Laura", "Mariam", "Julie", "Sofia", "Manon", "Khadija", "Élodie", "Zeynep",
          "Mehdi", "Karim", "Lucas", "Yanis", "Thomas", "Moussa", "Kevin", "Bilal", "Hugo", "Ibrahim",
          "Nicolas", "Omar", "Théo", "Mamadou", "Julien", "Adam", "Enzo", "Rayan", "Jordan", "Emre");
  private static final List<String> FAMILY_NAMES =
      List.of(
          "Martin", "Bernard", "Benali", "Diallo", "Petit", "Haddad", "Durand", "Yilmaz", "Moreau", "Traoré",
          "Laurent", "Bensaïd", "Girard", "Kaya", "Roux", "Mansouri", "Fournier", "Cissé", "Mercier", "Demir",
          "Bonnet", "Amrani", "Lambert", "Konaté", "Faure", "Boukhari", "Rousseau", "Öztürk", "Blanc", "Camara");

  private FakeIdentities() {}

  /**
   * A person's invented details: always a name (a woman's or a man's given name as the declared gender
   * says, either otherwise), a phone number for most, an e-mail address for some.
   */
  static PersonalDetails next(Random random, Gender gender) {
    int half = GIVEN_NAMES.size() / 2;
    int from = gender == Gender.MAN ? half : 0;
    int to = gender == Gender.WOMAN ? half : GIVEN_NAMES.size();
    String given = GIVEN_NAMES.get(from + random.nextInt(to - from));
    String family = FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()));
    PersonalDetails.Builder details = PersonalDetails.builder().givenName(given).familyName(family);
    boolean phone = random.nextInt(10) < 8;
    if (phone) {
      details.phone(String.format("06 39 98 %02d %02d", random.nextInt(100), random.nextInt(100)));
    }
    if (!phone || random.nextInt(10) < 3) {
      details.email(ascii(given) + "." + ascii(family) + random.nextInt(100) + "@example.org");
    }
    return details.build();
  }

  private static String ascii(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
