package io.figurewire.extract;

/** What sort of quantity a claim states. Durations never mix with counts. */
public enum ClaimKind { COUNT, DURATION, PERCENT, MONEY }
