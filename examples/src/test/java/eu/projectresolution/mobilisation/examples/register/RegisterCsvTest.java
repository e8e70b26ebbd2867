package eu.projectresolution.mobilisation.examples.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Problem;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Register;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Row;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static Register read(String text) {
    return RegisterCsv.read(text.getBytes(StandardCharsets.UTF_8), "register.csv");
  }

  @Test
  void readsAFrenchExcelRegisterWithByteOrderMarkAndSemicolons() {
    String text =
        "Nom;Prénom;Téléphone;Courriel;Consentement;Date;Lieu;Canal\r\n"
            + "Benali;Amina;06 39 98 12 34;;oui;15/03/2018;Hall B, Petite Hollande;Recrut'Café\r\n"
            + "Diallo;Moussa;;moussa.diallo@example.org;non;15/03/2018;Hall B, Petite Hollande;recrut-cafe\r\n";
    byte[] bytes = new byte[BOM.length + text.getBytes(StandardCharsets.UTF_8).length];
    System.arraycopy(BOM, 0, bytes, 0, BOM.length);
    System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, bytes, BOM.length, bytes.length - BOM.length);

    Register register = RegisterCsv.read(bytes, "register.csv");

    assertThat(register.separator()).isEqualTo(';');
    assertThat(register.problems()).isEmpty();
    assertThat(register.rows())
        .containsExactly(
            new Row(2, "Amina", "Benali", Optional.of("06 39 98 12 34"), Optional.empty(), true,
                LocalDate.of(2018, 3, 15), Optional.of("Hall B, Petite Hollande"), CaptureChannel.OUTREACH_EVENT),
            new Row(3, "Moussa", "Diallo", Optional.empty(), Optional.of("moussa.diallo@example.org"), false,
                LocalDate.of(2018, 3, 15), Optional.of("Hall B, Petite Hollande"), CaptureChannel.OUTREACH_EVENT));
  }

  @Test
  void readsAnEnglishRegisterWithCommasAndAWholeNameColumn() {
    Register register =
        read("name,phone,email,consent,date,place,channel\n"
            + "Léa Martin,+33 6 39 98 00 01,,yes,2017-06-02,\"Market square, Audincourt\",door-to-door\n");

    assertThat(register.separator()).isEqualTo(',');
    assertThat(register.rows()).singleElement().satisfies(row -> {
      assertThat(row.givenName()).isEqualTo("Léa");
      assertThat(row.familyName()).isEqualTo("Martin");
      assertThat(row.place()).contains("Market square, Audincourt");
      assertThat(row.channel()).isEqualTo(CaptureChannel.DOOR_TO_DOOR);
    });
  }

  @Test
  void listsEachBadRowWithItsLineAndReasonAndKeepsTheGoodOnes() {
    Register register =
        read("name;phone;email;consent;date;place;channel\n"
            + "Amina Benali;06 39 98 12 34;;yes;2018-03-15;Hall B;recrut-cafe\n" // 2 good
            + "Karim Haddad;06 39 98 12 35;;yes;31/02/2018;Hall B;recrut-cafe\n" // 3 no such day
            + "\n" // 4 blank: skipped
            + ";06 39 98 12 36;;yes;2018-03-15;Hall B;recrut-cafe\n" // 5 no name
            + "Inès Kaya;;;yes;2018-03-15;Hall B;recrut-cafe\n" // 6 consent without a way to call back
            + "Julie Roux;06 39 98 12 37;;maybe;2018-03-15;Hall B;recrut-cafe\n" // 7 consent not yes/no
            + "Omar Cissé;06 39 98 12 38;;yes;2018-03-15;Hall B;by pigeon\n" // 8 unknown channel
            + "Emma Faure;;emma.faure(at)example.org;yes;2018-03-15;Hall B;recrut-cafe\n" // 9 bad e-mail
            + "Hugo Blanc;06 39 98 12 39;;no;2018-03-15;Hall B;recrut-cafe;extra\n" // 10 one value too many
            + "Sarah Camara;call me;;yes;2018-03-15;Hall B;recrut-cafe\n" // 11 not a phone
            + "Adam Konaté;06 39 98 12 40;;no;2018-03-15;;recrut-cafe\n" // 12 Recrut'Café without a place
            + "\"Théo Mercier\";06 39 98 12 41;;non;\"2018-03-15\";\"Hall B;\nentrance 2\";walk-in\n" // 13-14 good, quoted
            + "Nadia Amrani;06 39 98 12 42;;no;2018-03-16;;mediator\n"); // 15 good

    assertThat(register.rows()).extracting(Row::line).containsExactly(2L, 13L, 15L);
    assertThat(register.rows().get(1).consent()).isFalse();
    assertThat(register.rows().get(1).place()).contains("Hall B;\nentrance 2");
    assertThat(register.problems()).extracting(Problem::line).containsExactly(3L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(register.problems().get(0).reason()).contains("\"31/02/2018\" is not a date");
    assertThat(register.problems().get(1).reason()).contains("name is empty");
    assertThat(register.problems().get(2).reason()).contains("no phone or e-mail");
    assertThat(register.problems().get(3).reason()).contains("\"maybe\" is not a yes or a no");
    assertThat(register.problems().get(4).reason()).contains("channel \"by pigeon\" is unknown");
    assertThat(register.problems().get(5).reason()).contains("is not an e-mail address");
    assertThat(register.problems().get(6).reason()).contains("8 values but the header names 7 columns");
    assertThat(register.problems().get(7).reason()).contains("\"call me\" is not a phone number");
    assertThat(register.problems().get(8).reason()).contains("say where the Recrut'Café was held");
  }

  @Test
  void aRowWithTooFewValuesSaysHowManyItHasAndHowManyTheHeaderNames() {
    Register register =
        read("name;phone;email;consent;date;place;channel\n"
            + "Amina Benali;06 39 98 12 34;yes;2018-03-15\n" // 2: four values
            + "Karim Haddad\n"); // 3: one value

    assertThat(register.rows()).isEmpty();
    assertThat(register.problems()).extracting(Problem::line).containsExactly(2L, 3L);
    assertThat(register.problems().get(0).reason()).startsWith("it has 4 values but the header names 7 columns");
    assertThat(register.problems().get(1).reason()).startsWith("it has 1 value but the header names 7 columns");
  }

  @Test
  void anEmptyConsentIsRefusedNeverTakenForANo() {
    Register register =
        read("nom;téléphone;courriel;Consentement;date;lieu;canal\n"
            + "Amina Benali;06 39 98 12 34;;;2018-03-15;Hall B;recrut-cafe\n");

    assertThat(register.rows()).isEmpty();
    assertThat(register.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.reason()).startsWith("the consent is empty: ask the person whether they agree to be contacted again,"
          + " and write yes or no in column \"Consentement\"");
    });
  }

  @Test
  void readsEveryValueInOneUnicodeForm() {
    String decomposed = "Ine\u0300s Kaya;06 39 98 12 34;;oui;2018-03-15;Ho\u0302tel de ville;porte-a\u0300-porte\n";
    Register register = read("nom;téléphone;courriel;consentement;date;lieu;canal\n" + decomposed);

    assertThat(register.rows()).singleElement().satisfies(row -> {
      assertThat(row.givenName()).isEqualTo("Inès");
      assertThat(row.place()).contains("Hôtel de ville");
      assertThat(row.channel()).isEqualTo(CaptureChannel.DOOR_TO_DOOR);
    });
  }

  @Test
  void refusesAFileThatIsNotUtf8AndSaysHowToSaveIt() {
    byte[] latin1 = "nom;prénom;téléphone;consentement;date;lieu;canal\n".getBytes(Charset.forName("windows-1252"));

    assertThatThrownBy(() -> RegisterCsv.read(latin1, "register.csv"))
        .isInstanceOf(RegisterCsv.BadRegister.class)
        .hasMessage("register.csv is not UTF-8 text: save it again as \"CSV UTF-8\" (in Excel: Save as, CSV UTF-8)");
  }

  @Test
  void refusesARegisterWithoutItsRequiredColumnsNamingThem() {
    assertThatThrownBy(() -> read("name;place;channel\nAmina Benali;Hall B;recrut-cafe\n"))
        .isInstanceOf(RegisterCsv.BadRegister.class)
        .hasMessageStartingWith("register.csv has no column phone or email, consent, date:")
        .hasMessageEndingWith("(found: name, place, channel)");
  }

  @Test
  void refusesAnEmptyFileAndBrokenQuoting() {
    assertThatThrownBy(() -> read("  \n\n")).hasMessageStartingWith("register.csv is empty");
    assertThatThrownBy(() -> read("name,phone,consent,date,channel\n\"Amina,06,yes,2018-03-15,walk-in\n"))
        .isInstanceOf(RegisterCsv.BadRegister.class)
        .hasMessageStartingWith("register.csv is not valid CSV near line");
  }
}
