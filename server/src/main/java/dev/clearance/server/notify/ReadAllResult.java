package dev.clearance.server.notify;

/**
 * Answer of marking every notification read.
 *
 * @param marked how many were unread until now
 */
public record ReadAllResult(int marked) {}
