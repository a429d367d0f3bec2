package org.banli.api.assessment;

/**
 * A unit's part in an item it co-handled (协办).
 *
 * @param itemId          the item
 * @param label           e.g. 2026年建议第12号
 * @param hostUnit        the unit that hosts it
 * @param opinionLeadDays days between the co-unit's opinion and the host's reply deadline (negative when
 *                        late); {@code null} while no opinion was given
 * @param daysToDeadline  days from today to the host's reply deadline (negative once it has passed)
 */
public record CoHandlingFacts(long itemId, String label, String hostUnit, Long opinionLeadDays, long daysToDeadline) {}
