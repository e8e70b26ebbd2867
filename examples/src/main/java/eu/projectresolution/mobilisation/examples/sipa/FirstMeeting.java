package eu.projectresolution.mobilisation.examples.sipa;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where and when someone was first met, on the programme's calendar: at an outreach event, a collaborative
 * action or an event at a site, on its day, for people planned to be met there; anywhere else on any day
 * of the window. Also the site the person is welcomed at, the place they were met outside the sites,
 * and the partner who sent them.
 */
record FirstMeeting(
    LocalDate on,
    CaptureChannel channel,
    SiteId site,
    Optional<String> place,
    Optional<PartnerId> sentBy,
    Optional<OutreachEventId> outreachEvent) {

  FirstMeeting {
    requireNonNull(on, "on");
    requireNonNull(channel, "channel");
    requireNonNull(site, "site");
  }

  /**
   * Meets {@code person} between {@code from} and {@code to}, through their planned channel. When no event
   * of theirs falls in the window (at a very small scale), the latest one before it is taken, and if there
   * is none the person is met door to door, sent by a partner, or walks in instead.
   */
  static FirstMeeting of(Person person, LocalDate from, LocalDate to, SipaCalendar calendar, SipaChoices choices) {
    SiteId site = choices.site();
    CaptureChannel channel = person.channel();
    switch (channel) {
      case OUTREACH_EVENT -> {
        Optional<OutreachEvent> event = calendar.outreachEventBetween(from, to, choices);
        if (event.isPresent()) {
          return new FirstMeeting(
              event.get().date(), channel, site, Optional.of(event.get().place()), Optional.empty(), Optional.of(event.get().id()));
        }
        channel = CaptureChannel.DOOR_TO_DOOR;
      }
      case COLLABORATIVE_ACTION -> {
        Optional<CollaborativeAction> action = calendar.collaborativeActionBetween(from, to, choices);
        if (action.isPresent()) {
          List<PartnerId> partners = action.get().partners();
          Optional<PartnerId> sentBy = partners.isEmpty() ? Optional.empty() : Optional.of(choices.oneOf(partners));
          return new FirstMeeting(action.get().date(), channel, site, Optional.of(action.get().title()), sentBy, Optional.empty());
        }
        channel = CaptureChannel.PARTNER_REFERRAL;
      }
      case SITE_EVENT -> {
        Optional<SiteEvent> event = calendar.siteEventBetween(from, to, choices);
        if (event.isPresent()) {
          return new FirstMeeting(event.get().date(), channel, event.get().siteId(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        channel = CaptureChannel.WALK_IN;
      }
      default -> {}
    }
    Optional<PartnerId> sentBy =
        switch (channel) {
          case MEDIATOR_REFERRAL -> Optional.of(choices.mediator());
          case PARTNER_REFERRAL -> Optional.of(choices.referringPartner());
          default -> Optional.empty();
        };
    Optional<String> place = channel.outsideSites() ? Optional.of(choices.placeOutside()) : Optional.empty();
    return new FirstMeeting(choices.dayBetween(from, to), channel, site, place, sentBy, Optional.empty());
  }

  /** The contact recorded with the capture: who met the person, where, and whether they may be contacted again. */
  Contact contact(boolean consentToRecontact) {
    Contact.Builder contact = Contact.builder().on(on).channel(channel).consentToRecontact(consentToRecontact);
    switch (channel) {
      case OUTREACH_EVENT -> contact.outreachEvent(outreachEvent.orElseThrow()).place(place.orElseThrow())
          .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
      case WALK_IN, SITE_EVENT -> contact.site(site).staffRole(StaffRole.RECEPTION_OFFICER);
      case MEDIATOR_REFERRAL, PARTNER_REFERRAL -> contact.place(place.orElseThrow()).staffRole(StaffRole.PARTNER_PROFESSIONAL);
      default -> contact.place(place.orElseThrow()).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
    }
    sentBy.ifPresent(contact::partner);
    return contact.build();
  }
}
