package dev.clearance.server.notify;

/**
 * What {@link Notifier#notify} wrote.
 *
 * @param eventId the event's id, also its id in each recipient's inbox
 * @param inboxRecipients how many users got it in their inbox
 * @param deliveries how many webhook and email deliveries were queued
 */
public record Notified(String eventId, int inboxRecipients, int deliveries) {}
