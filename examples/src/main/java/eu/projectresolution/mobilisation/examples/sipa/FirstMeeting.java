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
          return at(event.get().date(), channel, site, event.get().place(), null, event.get().id());
        }
        channel = CaptureChannel.DOOR_TO_DOOR;
      }
      case COLLABORATIVE_ACTION -> {
        Optional<CollaborativeAction> action = calendar.collaborativeActionBetween(from, to, choices);
        if (action.isPresent()) {
          List<PartnerId> partners = action.get().partners();
          PartnerId sentBy = partners.isEmpty() ? null : choices.oneOf(partners);
          return at(action.get().date(), channel, site, action.get().title(), sentBy, null);
        }
        channel = CaptureChannel.PARTNER_REFERRAL;
      }
      case SITE_EVENT -> {
        Optional<SiteEvent> event = calendar.siteEventBetween(from, to, choices);
        if (event.isPresent()) {
          return at(event.get().date(), channel, event.get().siteId(), null, null, null);
        }
        channel = CaptureChannel.WALK_IN;
      }
      default -> {}
    }
    PartnerId sentBy =
        switch (channel) {
          case MEDIATOR_REFERRAL -> choices.mediator();
          case PARTNER_REFERRAL -> choices.referringPartner();
          default -> null;
        };
    String place = channel.outsideSites() ? choices.placeOutside() : null;
    return at(choices.dayBetween(from, to), channel, site, place, sentBy, null);
  }

  /** A meeting; {@code place}, {@code sentBy} and {@code outreachEvent} may be null. */
  private static FirstMeeting at(
      LocalDate on, CaptureChannel channel, SiteId site, String place, PartnerId sentBy, OutreachEventId outreachEvent) {
    return new FirstMeeting(
        on, channel, site, Optional.ofNullable(place), Optional.ofNullable(sentBy), Optional.ofNullable(outreachEvent));
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
