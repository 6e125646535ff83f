package dev.clearance.server.rollout;

/**
 * One move of a rollout: the stage entered, how ({@code stage}, {@code advance}, {@code rollback},
 * {@code release}), by whom, when and why.
 */
public record StageMoveView(String stage, String how, String by, String at, String reason) {}
