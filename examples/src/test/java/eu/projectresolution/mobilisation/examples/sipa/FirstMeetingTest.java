package eu.projectresolution.mobilisation.examples.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * People are first met on the programme's calendar: at an event on its day when they are planned to be
 * met at one, and through the nearest other channel when the calendar has none for them.
 */
class FirstMeetingTest {
  private final SipaChoices choices = new SipaChoices(3);

  @Test
  void someoneMetAtAnOutreachEventIsMetOnItsDayAndPlaceByACounsellor() {
    SipaCalendar calendar = calendar(1, new SipaCalendar.Needs(false, false, false));
    LocalDate from = LocalDate.of(2017, 1, 1);
    LocalDate to = LocalDate.of(2017, 6, 30);

    FirstMeeting met = FirstMeeting.of(person(CaptureChannel.OUTREACH_EVENT), from, to, calendar, choices);

    assertThat(met.channel()).isEqualTo(CaptureChannel.OUTREACH_EVENT);
    assertThat(met.on()).isBetween(from, to);
    Contact contact = met.contact(true);
    assertThat(contact.outreachEvent()).isEqualTo(met.outreachEvent());
    assertThat(contact.place()).isEqualTo(met.place());
    assertThat(contact.staffRole()).isEqualTo(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
  }

  @Test
  void withoutAnyOutreachEventOrCollaborativeActionPeopleAreMetDoorToDoorOrSentByAPartner() {
    // At a thousandth of SIPA, the quotas give no outreach event and no collaborative action.
    SipaCalendar calendar = calendar(0.001, new SipaCalendar.Needs(false, false, false));
    LocalDate from = SipaProgramme.START;
    LocalDate to = SipaProgramme.END;

    FirstMeeting atAnEvent = FirstMeeting.of(person(CaptureChannel.OUTREACH_EVENT), from, to, calendar, choices);
    FirstMeeting atAnAction = FirstMeeting.of(person(CaptureChannel.COLLABORATIVE_ACTION), from, to, calendar, choices);

    assertThat(atAnEvent.channel()).isEqualTo(CaptureChannel.DOOR_TO_DOOR);
    assertThat(atAnEvent.outreachEvent()).isEmpty();
    assertThat(atAnEvent.place()).isPresent();
    assertThat(atAnEvent.sentBy()).isEmpty();
    assertThat(atAnAction.channel()).isEqualTo(CaptureChannel.PARTNER_REFERRAL);
    assertThat(atAnAction.sentBy()).isPresent();
    assertThat(atAnAction.contact(false).staffRole()).isEqualTo(StaffRole.PARTNER_PROFESSIONAL);
  }

  @Test
  void whenNoSiteEventFallsInTheWindowTheLatestBeforeItIsTakenElseThePersonWalksIn() {
    // At a thousandth of SIPA, the quotas give one event at a site.
    SipaCalendar calendar = calendar(0.001, new SipaCalendar.Needs(false, false, true));
    FirstMeeting anywhen =
        FirstMeeting.of(person(CaptureChannel.SITE_EVENT), SipaProgramme.START, SipaProgramme.END, calendar, choices);
    LocalDate event = anywhen.on();

    FirstMeeting after = FirstMeeting.of(person(CaptureChannel.SITE_EVENT), event.plusDays(1), event.plusDays(30), calendar, choices);
    FirstMeeting before =
        FirstMeeting.of(person(CaptureChannel.SITE_EVENT), event.minusDays(30), event.minusDays(1), calendar, choices);

    assertThat(anywhen.channel()).isEqualTo(CaptureChannel.SITE_EVENT);
    assertThat(after.channel()).isEqualTo(CaptureChannel.SITE_EVENT);
    assertThat(after.on()).isEqualTo(event);
    assertThat(after.site()).isEqualTo(anywhen.site());
    assertThat(before.channel()).isEqualTo(CaptureChannel.WALK_IN);
    assertThat(before.on()).isBetween(event.minusDays(30), event.minusDays(1));
    assertThat(before.place()).isEmpty();
    assertThat(before.contact(true).site()).contains(before.site());
  }

  private SipaCalendar calendar(double scale, SipaCalendar.Needs needs) {
    return SipaCalendar.plan(SipaProgramme.declaration(scale), scale, needs, choices, new SeededIds(3));
  }

  private static Person person(CaptureChannel channel) {
    Traits traits = new Traits(Gender.WOMAN, 24, true, false, false, false, TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD);
    return new Person(BeneficiaryId.random(), channel, traits, true, Optional.empty());
  }
}
