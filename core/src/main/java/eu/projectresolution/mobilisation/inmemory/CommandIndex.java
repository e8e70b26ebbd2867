package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.util.Optional;

/**
 * Each recorded command's first event, found by the command id its header carries. The ids are not
 * kept apart: the table holds the events alone, open-addressed (linear probing) and never more than
 * half full, which costs about 8 bytes per command where a {@code HashMap} entry costs about 40. The
 * store keeps one per command for good, so this is a large share of its heap. Not thread-safe: the
 * store calls it under its lock.
 */
final class CommandIndex {
  private PathwayEvent[] table = new PathwayEvent[64];
  private int size;

  /** The first event of {@code command}, if it is recorded. */
  Optional<PathwayEvent> firstEventOf(CommandId command) {
    return Optional.ofNullable(table[slotOf(table, command)]);
  }

  boolean contains(CommandId command) {
    return table[slotOf(table, command)] != null;
  }

  /** Indexes {@code firstEvent} under the command id its header carries, which must be new here. */
  void add(PathwayEvent firstEvent) {
    if (2 * (size + 1) > table.length) {
      grow();
    }
    int slot = slotOf(table, firstEvent.header().commandId());
    if (table[slot] != null) {
      throw new IllegalStateException("command " + firstEvent.header().commandId() + " is indexed already");
    }
    table[slot] = firstEvent;
    size++;
  }

  /**
   * Puts {@code event} in the place of its command's first event, if it is that event rewritten (same
   * command id and version), as a purge of pathway detail rewrites events.
   */
  void replaceIfFirst(PathwayEvent event) {
    int slot = slotOf(table, event.header().commandId());
    if (table[slot] != null && table[slot].header().version() == event.header().version()) {
      table[slot] = event;
    }
  }

  /** The slot that holds {@code command}'s event, or the empty slot where it would go. */
  private static int slotOf(PathwayEvent[] table, CommandId command) {
    int mask = table.length - 1;
    // UUIDs are random or time-ordered: spread the hash so that either fills the table evenly.
    int slot = mix(command.hashCode()) & mask;
    while (table[slot] != null && !table[slot].header().commandId().equals(command)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    PathwayEvent[] larger = new PathwayEvent[table.length * 2];
    for (PathwayEvent event : table) {
      if (event != null) {
        larger[slotOf(larger, event.header().commandId())] = event;
      }
    }
    table = larger;
  }
}
