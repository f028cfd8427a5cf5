package io.figurewire.extract;

/** How the source hedged the figure ("more than 57,000" is MORE_THAN 57,000). */
public enum Qualifier { EXACT, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, UP_TO, NEARLY, RANGE }
